using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.Workflow.Labels;

namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>Checks the <c>Workflow</c> section: its lists of usernames, systems, aliases and hold reasons.</summary>
internal sealed class WorkflowOptionsChecks : IValidateOptions<WorkflowOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkflowOptions options)
    {
        var problems = new ValidateOptionsResultBuilder();
        if (WorkflowOptions.Usernames(options.Dris).Count == 0)
        {
            problems.AddError("must list the provisioning DRIs' GitLab usernames (Workflow__Dris__0, Workflow__Dris__1, …): they are CC'd on every new AR.", "Workflow:Dris");
        }

        if (options.FiscalYearStartMonth is < 1 or > 12)
        {
            problems.AddError($"must be a month number from 1 (January) to 12; GitLab's fiscal year starts in February (2), got '{options.FiscalYearStartMonth}'.", "Workflow:FiscalYearStartMonth");
        }

        CheckUsernames(problems, "Workflow:Dris", options.Dris);
        CheckUsernames(problems, "Workflow:Team", options.Team);
        for (var i = 0; i < options.SalesSystems.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.SalesSystems[i].Name))
            {
                problems.AddError("must name the system.", $"Workflow:SalesSystems:{i}:Name");
            }
        }

        for (var i = 0; i < options.LabelAliases.Count; i++)
        {
            var alias = options.LabelAliases[i];
            if (string.IsNullOrWhiteSpace(alias.Alias))
            {
                problems.AddError("must be the misspelled label title.", $"Workflow:LabelAliases:{i}:Alias");
            }

            if (!StateLabels.All.Any(s => StateLabels.IsCanonical(alias.Label, s)))
            {
                problems.AddError($"must be one of {string.Join(", ", StateLabels.All.Select(StateLabels.Title))}, got '{alias.Label}'.", $"Workflow:LabelAliases:{i}:Label");
            }
        }

        if (options.HoldReasons.Any(string.IsNullOrWhiteSpace))
        {
            problems.AddError("must not hold empty labels.", "Workflow:HoldReasons");
        }

        for (var i = 0; i < options.HoldLabels.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.HoldLabels[i].Label))
            {
                problems.AddError("must name the label that holds an AR.", $"Workflow:HoldLabels:{i}:Label");
            }
        }

        if (options.NotNeededLabel.Trim().Length > 0 && StateLabels.All.Any(s => SalesOpsAr.Workflow.Labels.LabelKey.Of(StateLabels.Title(s)) == SalesOpsAr.Workflow.Labels.LabelKey.Of(options.NotNeededLabel)))
        {
            problems.AddError($"must not be one of the four states, got '{options.NotNeededLabel}'.", "Workflow:NotNeededLabel");
        }

        return problems.Build();
    }

    private static void CheckUsernames(ValidateOptionsResultBuilder problems, string key, IList<string> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim().TrimStart('@');
            if (name.Length > 0 && !GitLabUsername.IsValid(name))
            {
                problems.AddError($"must be a GitLab username, got '{names[i]}'.", $"{key}:{i}");
            }
        }
    }
}
