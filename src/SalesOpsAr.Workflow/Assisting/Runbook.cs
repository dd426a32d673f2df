namespace SalesOpsAr.Workflow.Assisting;

/// <summary>
/// How Sales Ops provisions one system, as the handbook says: the steps (Markdown, with placeholders such as
/// <c>{emails}</c> or <c>{License Type}</c> filled from the AR), the values a step needs that the AR must give, and
/// the values that hold unless the AR says otherwise. No steps: the handbook's section is empty (an operator fills it).
/// </summary>
public sealed record Runbook
{
    public required string System { get; init; }
    public IReadOnlyList<string> Steps { get; init; } = [];

    /// <summary>Values the AR must give (Chorus: Role, Team, License Type); asked of the requester when it does not.</summary>
    public IReadOnlyList<string> Needs { get; init; } = [];

    /// <summary>Values that hold unless the AR says otherwise (DataFox: Status Member).</summary>
    public IReadOnlyDictionary<string, string> Defaults { get; init; } = new Dictionary<string, string>();

    public bool IsPlaceholder => Steps.Count == 0;
}
