using Microsoft.Extensions.Options;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Features.Assisting;

/// <summary>Checks the runbooks file: it exists, is YAML of the documented shape, and each runbook is usable.</summary>
internal sealed class AssistantOptionsChecks(ArRules rules) : IValidateOptions<AssistantOptions>
{
    public ValidateOptionsResult Validate(string? name, AssistantOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var loaded = RunbookFile.Load(options.RunbooksFile, rules.Settings.SalesSystems.Select(s => s.Name));
        if (loaded.Problems.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        var problems = new ValidateOptionsResultBuilder();
        foreach (var problem in loaded.Problems)
        {
            problems.AddError(problem, "Assistant:RunbooksFile");
        }

        return problems.Build();
    }
}
