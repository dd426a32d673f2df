namespace SalesOpsAr.Workflow.Assisting;

/// <summary>A value a runbook step needs, and where it came from; <see cref="Value"/> is null when the AR does not tell.</summary>
public sealed record RunbookValue(string? Value, RunbookValueSource Source)
{
    public bool IsMissing => Value is null;
}
