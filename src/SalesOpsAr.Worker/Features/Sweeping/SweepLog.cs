namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>Structured log lines of the sweeper.</summary>
internal static partial class SweepLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Sweep done in {DurationMs} ms: {Seen} ARs seen, {Changed} changed, {Flagged} flagged, {Failed} failed, {Calls} GitLab calls; dry-run {DryRun}")]
    public static partial void Done(ILogger logger, long durationMs, int seen, int changed, int flagged, int failed, long calls, bool dryRun);

    [LoggerMessage(EventId = 304, Level = LogLevel.Warning, Message = "AR {ProjectId}#{Iid} skipped by this sweep at {Step}: {Reason}; the next sweep tries again")]
    public static partial void ArFailed(ILogger logger, Exception exception, long projectId, long iid, string step, string reason);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "AR {ProjectId}#{Iid} flagged {Flag}: {Sentence}")]
    public static partial void Flagged(ILogger logger, long projectId, long iid, string flag, string sentence);

    [LoggerMessage(EventId = 302, Level = LogLevel.Error, Message = "Sweep failed; the next one runs on schedule")]
    public static partial void Failed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 303, Level = LogLevel.Information, Message = "Sweeper off: {Reason}")]
    public static partial void Off(ILogger logger, string reason);

    [LoggerMessage(EventId = 305, Level = LogLevel.Warning, Message = "The sweep's status snapshot could not be recorded; /status shows the previous one")]
    public static partial void StatusNotRecorded(ILogger logger, Exception error);
}
