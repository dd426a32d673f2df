namespace SalesOpsAr.Worker.Sweeping;

/// <summary>Structured log lines of the sweeper.</summary>
internal static partial class SweepLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Sweep done in {DurationMs} ms: {Seen} ARs seen, {Changed} changed, {Flagged} flagged, {Calls} GitLab calls; dry-run {DryRun}")]
    public static partial void Done(ILogger logger, long durationMs, int seen, int changed, int flagged, long calls, bool dryRun);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "AR {ProjectId}#{Iid} flagged {Flag}: {Sentence}")]
    public static partial void Flagged(ILogger logger, long projectId, long iid, string flag, string sentence);

    [LoggerMessage(EventId = 302, Level = LogLevel.Error, Message = "Sweep failed; the next one runs on schedule")]
    public static partial void Failed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 303, Level = LogLevel.Information, Message = "Sweeper off: {Reason}")]
    public static partial void Off(ILogger logger, string reason);
}
