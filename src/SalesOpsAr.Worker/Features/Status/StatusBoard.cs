namespace SalesOpsAr.Worker.Features.Status;

/// <summary>
/// The last sweep's snapshot, kept in the sweeper's memory: the status page reads it and never calls GitLab. Null
/// until the first sweep of the process ends.
/// </summary>
internal sealed class StatusBoard
{
    private StatusSnapshot? _latest;

    public StatusSnapshot? Latest => Volatile.Read(ref _latest);

    public void Record(StatusSnapshot snapshot) => Volatile.Write(ref _latest, snapshot);
}
