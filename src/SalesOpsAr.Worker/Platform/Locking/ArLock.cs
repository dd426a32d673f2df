namespace SalesOpsAr.Worker.Platform.Locking;

/// <summary>
/// One AR's work at a time: in this process (<see cref="KeyedLock{TKey}"/>), then across processes on RabbitMQ
/// (<see cref="BrokerArLock"/>). Held by the reconciler; released in reverse order.
/// </summary>
internal sealed class ArLock(KeyedLock<(long ProjectId, long Iid)> inProcess, BrokerArLock acrossWorkers)
{
    public async Task<IAsyncDisposable> AcquireAsync(long projectId, long iid, CancellationToken cancellationToken)
    {
        var local = await inProcess.AcquireAsync((projectId, iid), cancellationToken);
        try
        {
            return new Held(local, await acrossWorkers.AcquireAsync(projectId, iid, cancellationToken));
        }
        catch
        {
            local.Dispose();
            throw;
        }
    }

    private sealed class Held(IDisposable local, IAsyncDisposable everywhere) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await everywhere.DisposeAsync();
            }
            finally
            {
                local.Dispose();
            }
        }
    }
}
