namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>What one dispatch of nudges did: per channel how many went out, which channels failed, which ARs got a note written or edited.</summary>
public sealed record DispatchOutcome(
    IReadOnlyDictionary<string, int> Sent,
    IReadOnlyList<string> FailedChannels,
    IReadOnlySet<(long ProjectId, long Iid)> Written,
    IReadOnlyList<DispatchFailure> Failures)
{
    public static DispatchOutcome None { get; } = new(new Dictionary<string, int>(), [], new HashSet<(long, long)>(), []);
}
