using Microsoft.Extensions.Options;
using SalesOpsAr.Workflow.Labels;

namespace SalesOpsAr.Worker.Configuration;

/// <summary>Checks the <c>Workflow</c> section at start.</summary>
internal sealed class WorkflowOptionsValidator : IValidateOptions<WorkflowOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkflowOptions options)
    {
        var problems = new Problems();
        if (WorkflowOptions.Usernames(options.Dris).Count == 0)
        {
            problems.Add("Workflow:Dris", "must list the provisioning DRIs' GitLab usernames (Workflow__Dris__0, Workflow__Dris__1, …): they are CC'd on every new AR.");
        }

        CheckUsernames(problems, "Workflow:Dris", options.Dris);
        CheckUsernames(problems, "Workflow:Team", options.Team);
        for (var i = 0; i < options.SalesSystems.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.SalesSystems[i].Name))
            {
                problems.Add($"Workflow:SalesSystems:{i}:Name", "must name the system.");
            }
        }

        for (var i = 0; i < options.LabelAliases.Count; i++)
        {
            var alias = options.LabelAliases[i];
            if (string.IsNullOrWhiteSpace(alias.Alias))
            {
                problems.Add($"Workflow:LabelAliases:{i}:Alias", "must be the misspelled label title.");
            }

            if (!StateLabels.All.Any(s => StateLabels.IsCanonical(alias.Label, s)))
            {
                problems.Add($"Workflow:LabelAliases:{i}:Label", $"must be one of {string.Join(", ", StateLabels.All.Select(StateLabels.Title))}, got '{alias.Label}'.");
            }
        }

        if (options.HoldReasons.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("Workflow:HoldReasons", "must not hold empty labels.");
        }

        return problems.Result();
    }

    private static void CheckUsernames(Problems problems, string key, IList<string> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim().TrimStart('@');
            if (name.Length > 0 && !Problems.IsUsername(name))
            {
                problems.Add($"{key}:{i}", $"must be a GitLab username, got '{names[i]}'.");
            }
        }
    }
}
