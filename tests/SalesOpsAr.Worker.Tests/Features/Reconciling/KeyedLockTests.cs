using SalesOpsAr.Worker.Features.Reconciling;
using SalesOpsAr.Worker.Platform.Locking;

namespace SalesOpsAr.Worker.Tests.Features.Reconciling;

public sealed class KeyedLockTests
{
    [Fact]
    public async Task Acquire_SameKey_WaitsForTheHolder()
    {
        var locks = new KeyedLock<int>();
        var first = await locks.AcquireAsync(1, CancellationToken.None);

        var second = locks.AcquireAsync(1, CancellationToken.None);
        await Task.Yield();
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second).Dispose();
        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task Acquire_OtherKey_DoesNotWait()
    {
        var locks = new KeyedLock<int>();
        using var first = await locks.AcquireAsync(1, CancellationToken.None);

        var other = locks.AcquireAsync(2, CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
    }

    [Fact]
    public async Task Acquire_Cancelled_LeavesNoEntryBehind()
    {
        var locks = new KeyedLock<int>();
        var held = await locks.AcquireAsync(1, CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = locks.AcquireAsync(1, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();
        Assert.Equal(0, locks.Count);
    }
}
