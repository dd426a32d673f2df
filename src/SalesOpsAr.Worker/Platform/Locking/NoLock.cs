namespace SalesOpsAr.Worker.Platform.Locking;

/// <summary>The lock on the in-memory transport, where one process is all there is: nothing to hold.</summary>
internal sealed class NoLock : IAsyncDisposable
{
    public static NoLock Instance { get; } = new();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
