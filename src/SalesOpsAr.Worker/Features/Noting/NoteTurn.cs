using SalesOpsAr.Worker.Platform.Locking;

namespace SalesOpsAr.Worker.Features.Noting;

/// <summary>
/// One AR's notes written one at a time, in this process and across processes: a note's look at the AR and its post
/// are one step, so a CC decided in another process while this one was looking is seen, not doubled. Its own lock in
/// the process, not the reconciler's (a sweep holds that while it writes notes directly); the AR's broker lock across.
/// </summary>
internal sealed class NoteTurn(BrokerArLock acrossWorkers)
{
    private readonly ArLock _lock = new(new KeyedLock<(long ProjectId, long Iid)>(), acrossWorkers);

    public Task<IAsyncDisposable> AcquireAsync(long projectId, long iid, CancellationToken cancellationToken) =>
        _lock.AcquireAsync(projectId, iid, cancellationToken);
}
