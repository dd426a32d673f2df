namespace SalesOpsAr.Worker.Features.Receiving;

/// <summary>Structured log lines of the webhook receiver; each about a delivery carries its id.</summary>
internal static partial class ReceiverLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Webhook refused: {Reason} (delivery {DeliveryId})")]
    public static partial void Refused(ILogger logger, string reason, string deliveryId);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Webhook ignored: {Reason} (delivery {DeliveryId})")]
    public static partial void Ignored(ILogger logger, string reason, string deliveryId);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Queued AR {ProjectId}#{Iid} from {EventKind} {Action} (delivery {DeliveryId})")]
    public static partial void Queued(ILogger logger, long projectId, long iid, string eventKind, SalesOpsAr.Workflow.Reconciling.EventAction action, string deliveryId);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Duplicate delivery of AR {ProjectId}#{Iid} dropped (delivery {DeliveryId})")]
    public static partial void Duplicate(ILogger logger, long projectId, long iid, string deliveryId);

    [LoggerMessage(EventId = 104, Level = LogLevel.Error, Message = "Could not queue AR {ProjectId}#{Iid}: the broker did not confirm in time (delivery {DeliveryId})")]
    public static partial void NotQueued(ILogger logger, Exception exception, long projectId, long iid, string deliveryId);

    [LoggerMessage(EventId = 105, Level = LogLevel.Information, Message = "X-Gitlab-Event-UUID dropped: not a UUID (delivery {DeliveryId})")]
    public static partial void EventUuidDropped(ILogger logger, string deliveryId);
}
