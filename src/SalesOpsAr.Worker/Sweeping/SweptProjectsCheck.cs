using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.Worker.Configuration;

namespace SalesOpsAr.Worker.Sweeping;

/// <summary>A sweeper on a timer with a token must know which projects to sweep (<c>GitLab:ProjectIds</c>).</summary>
internal sealed class SweptProjectsCheck(RunMode mode, IConfiguration configuration) : IValidateOptions<GitLabOptions>
{
    public ValidateOptionsResult Validate(string? name, GitLabOptions options)
    {
        // The interval read leniently: a wrong one is the Sweep section's problem to report, not this check's.
        var timer = !TimeSpan.TryParse(configuration["Sweep:Interval"], System.Globalization.CultureInfo.InvariantCulture, out var interval) || interval > TimeSpan.Zero;
        var problems = new ValidateOptionsResultBuilder();
        if (mode.Runs(Roles.Sweeper) && mode.CanRead && timer && options.ProjectIdList.Count == 0)
        {
            problems.AddError("must list the access-request project id(s) (GitLab__ProjectIds__0) for the sweeper to know what to sweep.", "GitLab:ProjectIds");
        }

        return problems.Build();
    }
}
