using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Features.Reconciling;

/// <summary>Structured log lines of the reconciler; each carries the AR's project and iid.</summary>
internal static partial class ReconcilerLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Debug, Message = "AR {ProjectId}#{Iid} is as the rules want it")]
    public static partial void NoChange(ILogger logger, long projectId, long iid);

    [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "AR {ProjectId}#{Iid}: {From} → {To}, +[{Add}] −[{Remove}], cc [{Cc}]: {Reasons}")]
    public static partial void Applied(ILogger logger, long projectId, long iid, string from, string to, string add, string remove, string cc, string reasons);

    [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "Dry-run, AR {ProjectId}#{Iid} would get: {From} → {To}, +[{Add}] −[{Remove}], cc [{Cc}]: {Reasons}")]
    public static partial void WouldApply(ILogger logger, long projectId, long iid, string from, string to, string add, string remove, string cc, string reasons);

    [LoggerMessage(EventId = 203, Level = LogLevel.Information, Message = "AR {ProjectId}#{Iid} skipped: {Reason}")]
    public static partial void Skipped(ILogger logger, long projectId, long iid, string reason);

    [LoggerMessage(EventId = 204, Level = LogLevel.Warning, Message = "AR {ProjectId}#{Iid}: the description ({Length} characters) is longer than GitLab allows and was not read; no task in it counts")]
    public static partial void DescriptionUnread(ILogger logger, long projectId, long iid, int length);

    [LoggerMessage(EventId = 207, Level = LogLevel.Debug, Message = "AR {ProjectId}#{Iid}: delivery {DeliveryId} is answered by a read of the AR made after it arrived (or about to be); no call of its own")]
    public static partial void Coalesced(ILogger logger, long projectId, long iid, string? deliveryId);

    [LoggerMessage(EventId = 206, Level = LogLevel.Information, Message = "AR {ProjectId}#{Iid} carries {Label}, a person's own Sales Ops label, respected: the bot adds no state beside it and removes nothing")]
    public static partial void Respected(ILogger logger, long projectId, long iid, string label);

    public static void PlanDecided(ILogger logger, long projectId, long iid, Plan plan, bool dryRun)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var (from, to) = (plan.From?.ToString() ?? "(no state)", plan.To?.ToString() ?? "(no state)");
        var (add, remove) = (string.Join(", ", plan.AddLabels), string.Join(", ", plan.RemoveLabels));
        var (cc, reasons) = (string.Join(", ", plan.Cc), string.Join(" ", plan.Reasons));
        reasons += plan.Runbook switch { RunbookDuty.Post => " [runbook note owed]", RunbookDuty.UpdateProgress => " [runbook progress to update]", _ => "" };
        if (dryRun)
        {
            WouldApply(logger, projectId, iid, from, to, add, remove, cc, reasons);
        }
        else
        {
            Applied(logger, projectId, iid, from, to, add, remove, cc, reasons);
        }
    }
}
