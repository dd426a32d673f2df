using Microsoft.Extensions.Options;
using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Features.Assisting;

/// <summary>The runbooks in force, read once at start (checked by <see cref="AssistantOptionsChecks"/>).</summary>
internal sealed class RunbookCatalog(IOptions<AssistantOptions> options, ArRules rules)
{
    private readonly Lazy<IReadOnlyList<Runbook>> _runbooks = new(() =>
        RunbookFile.Load(options.Value.RunbooksFile, rules.Settings.SalesSystems.Select(s => s.Name)).Runbooks);

    public IReadOnlyList<Runbook> All => _runbooks.Value;

    /// <summary>The runbooks of these systems, in the order given.</summary>
    public IReadOnlyList<Runbook> For(IEnumerable<string> systems) =>
        [.. systems.Select(s => All.FirstOrDefault(r => string.Equals(r.System, s, StringComparison.OrdinalIgnoreCase))).OfType<Runbook>()];
}
