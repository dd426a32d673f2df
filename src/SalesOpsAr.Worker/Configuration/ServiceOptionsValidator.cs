using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Configuration;

/// <summary>Checks the top-level <c>Roles</c> at start.</summary>
internal sealed class ServiceOptionsValidator : IValidateOptions<ServiceOptions>
{
    public ValidateOptionsResult Validate(string? name, ServiceOptions options)
    {
        var problems = new Problems();
        var roles = ServiceOptions.ParseRoles(options.Roles, out var unknown);
        if (unknown is not null)
        {
            problems.Add("Roles", $"'{unknown}' is not a role; use receiver, reconciler and/or sweeper, comma-separated.");
        }
        else if (roles == Roles.None)
        {
            problems.Add("Roles", "names no role; use receiver, reconciler and/or sweeper, comma-separated.");
        }

        return problems.Result();
    }
}
