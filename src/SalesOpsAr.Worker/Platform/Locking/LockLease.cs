namespace SalesOpsAr.Worker.Platform.Locking;

/// <summary>One holder's hold on a <see cref="LockStripe"/>; disposing it (once) lets go.</summary>
internal sealed class LockLease(BrokerArLock owner, LockStripe stripe) : IAsyncDisposable
{
    private int _disposed;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await owner.ReleaseAsync(stripe);
        }
    }
}
