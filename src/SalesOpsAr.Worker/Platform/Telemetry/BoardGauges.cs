namespace SalesOpsAr.Worker.Platform.Telemetry;

/// <summary>What one sweep saw of the open ARs, as the gauges show it until the next sweep.</summary>
public sealed record BoardGauges
{
    public static BoardGauges Empty { get; } = new();

    /// <summary>Open ARs by state (every state, 0 included).</summary>
    public IReadOnlyDictionary<string, long> ByState { get; init; } = new Dictionary<string, long>();

    /// <summary>Open ARs by raised flag.</summary>
    public IReadOnlyDictionary<string, long> ByFlag { get; init; } = new Dictionary<string, long>();

    /// <summary>The oldest open AR's age per state, in business days since it was opened.</summary>
    public IReadOnlyDictionary<string, double> OldestByState { get; init; } = new Dictionary<string, double>();

    /// <summary>Open ARs (not Completed) per team assignee.</summary>
    public IReadOnlyDictionary<string, long> ByAssignee { get; init; } = new Dictionary<string, long>();
}
