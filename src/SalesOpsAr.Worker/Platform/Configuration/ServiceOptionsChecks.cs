using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>Checks the top-level <c>Roles</c>.</summary>
internal sealed class ServiceOptionsChecks : IValidateOptions<ServiceOptions>
{
    public ValidateOptionsResult Validate(string? name, ServiceOptions options)
    {
        var problems = new ValidateOptionsResultBuilder();
        var roles = ServiceOptions.ParseRoles(options.Roles, out var unknown);
        if (unknown is not null)
        {
            problems.AddError($"'{unknown}' is not a role; use receiver, reconciler and/or sweeper, comma-separated.", "Roles");
        }
        else if (roles == Roles.None)
        {
            problems.AddError("names no role; use receiver, reconciler and/or sweeper, comma-separated.", "Roles");
        }

        return problems.Build();
    }
}
