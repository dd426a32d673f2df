using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>One sweep as it goes: when it started, whether it writes, and what it has found so far.</summary>
internal sealed class SweepRun(DateTimeOffset now, bool dryRun, DateTimeOffset? healSince, GitLab.Pacing.CallCount calls)
{
    public DateTimeOffset Now { get; } = now;

    public bool DryRun { get; } = dryRun;

    /// <summary>The GitLab calls this sweep has made so far (not the ones other work in the process made meanwhile).</summary>
    public GitLab.Pacing.CallCount Calls { get; } = calls;

    public int Seen { get; set; }

    public int Changed { get; set; }

    /// <summary>The open Sales Ops ARs with one known state, for the digest and the metrics.</summary>
    public List<OpenAr> Board { get; } = [];

    public List<ArDueNudges> Due { get; } = [];

    public List<ArPendingNudges> Pending { get; } = [];

    /// <summary>ARs this sweep could not handle; the others went on without them.</summary>
    public List<SweepFailure> Failures { get; } = [];

    /// <summary>ARs updated since the previous sweep (minus the margin), and every AR on a process's first sweep, are reconciled again.</summary>
    public bool ShouldHeal(DateTimeOffset? updatedAt) => healSince is null || updatedAt is null || updatedAt >= healSince;
}
