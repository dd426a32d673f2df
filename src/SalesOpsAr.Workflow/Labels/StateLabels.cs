namespace SalesOpsAr.Workflow.Labels;

/// <summary>The canonical <c>SalesOpsAR::</c> label titles, exactly as the handbook spells them.</summary>
public static class StateLabels
{
    public const string Scope = "SalesOpsAR";
    public const string ActionNeeded = "SalesOpsAR::Action Needed";
    public const string InProgress = "SalesOpsAR::In Progress";
    public const string OnHold = "SalesOpsAR::On Hold";
    public const string Completed = "SalesOpsAR::Completed";

    public static IReadOnlyList<ArState> All { get; } =
        [ArState.ActionNeeded, ArState.InProgress, ArState.OnHold, ArState.Completed];

    public static string Title(ArState state) => state switch
    {
        ArState.ActionNeeded => ActionNeeded,
        ArState.InProgress => InProgress,
        ArState.OnHold => OnHold,
        ArState.Completed => Completed,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static bool IsCanonical(string title, ArState state) =>
        string.Equals(title, Title(state), StringComparison.Ordinal);

    /// <summary>The part after <c>::</c>, for prose ("In Progress").</summary>
    public static string Name(ArState state) => Title(state)[(Scope.Length + 2)..];
}
