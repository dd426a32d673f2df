using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Tasks;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Features.Reconciling;

namespace SalesOpsAr.Worker.Tests.Features.Reconciling;

/// <summary>A storm on one AR costs one read per interval; what a read cannot see, or another AR's event, never waits on it.</summary>
public sealed class ArCoalescerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly ArCoalescer _coalescer;

    public ArCoalescerTests() =>
        _coalescer = new ArCoalescer(_clock, Options.Create(new ReconcilerOptions { ArInterval = Interval }));

    private static readonly ArHints TitleEdit = new() { Action = EventAction.Update };

    [Fact]
    public void FirstEventOfAnAr_Reads()
    {
        Assert.False(_coalescer.Covers(Message(1), TitleEdit));
    }

    [Fact]
    public async Task EventReceivedWellBeforeARead_NeedsNoReadOfItsOwn()
    {
        var queuedBehind = Message(1, receivedAt: _clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromSeconds(5)); // the storm's backlog: this one waited in the queue
        await ReadAsync(1);

        Assert.True(_coalescer.Covers(queuedBehind, TitleEdit));
    }

    [Fact]
    public async Task EventReceivedWithinTheClockSkewOfARead_ReadsAgain()
    {
        await ReadAsync(1);
        var justBefore = Message(1, receivedAt: _clock.GetUtcNow() - TimeSpan.FromSeconds(1));

        Assert.False(_coalescer.Covers(justBefore, TitleEdit));
    }

    [Fact]
    public async Task EventAReadCannotSee_ReadsEvenWhenReceivedBeforeIt()
    {
        var assignment = Message(1, receivedAt: _clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromSeconds(5));
        await ReadAsync(1);

        Assert.False(_coalescer.Covers(assignment, TitleEdit with { AssigneesChanged = true }));
        Assert.False(_coalescer.Covers(assignment, TitleEdit with { TaskChange = TaskChange.Reopened }));
        Assert.False(_coalescer.Covers(assignment, new ArHints { Action = EventAction.Close }));
    }

    [Fact]
    public async Task EventsWhileOneWaits_JoinItsRead_WithTheirHints()
    {
        await ReadAsync(1);
        using var waiting = _coalescer.Wait(4242, 1);
        var read = waiting.ReadingAsync(CancellationToken.None);

        Assert.True(_coalescer.Covers(Message(1), TitleEdit with { AssigneesChanged = true }));
        Assert.True(_coalescer.Covers(Message(1), TitleEdit with { LabelsAdded = ["SalesOpsAR::On Hold"] }));
        Assert.False(_coalescer.Covers(Message(1), new ArHints { Action = EventAction.Reopen }));
        Assert.False(read.IsCompleted); // it waits out the interval since the last read

        _clock.Advance(Interval);
        var joined = await read;

        Assert.True(joined.AssigneesChanged);
        Assert.Equal(["SalesOpsAR::On Hold"], joined.LabelsAdded);
    }

    [Fact]
    public async Task ReadsOfOneAr_AreAnIntervalApart()
    {
        await ReadAsync(1);
        _clock.Advance(TimeSpan.FromSeconds(0.5));

        using var next = _coalescer.Wait(4242, 1);
        var read = next.ReadingAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1.4));
        Assert.False(read.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Same(ArHints.None, await read);
    }

    [Fact]
    public async Task AnotherArsEvent_NeitherWaitsNorJoins()
    {
        await ReadAsync(1);
        using var waiting = _coalescer.Wait(4242, 1);
        var stormRead = waiting.ReadingAsync(CancellationToken.None);

        Assert.False(_coalescer.Covers(Message(2), TitleEdit));
        using var other = _coalescer.Wait(4242, 2);
        var otherRead = other.ReadingAsync(CancellationToken.None);

        Assert.True(otherRead.IsCompletedSuccessfully);
        Assert.False(stormRead.IsCompleted);
        _clock.Advance(Interval);
        await stormRead;
    }

    [Fact]
    public void StormOfAThousandEvents_CostsOneReadPerInterval()
    {
        var reads = 0;
        for (var second = 0; second < 10; second++)
        {
            for (var i = 0; i < 100; i++)
            {
                var message = Message(1, receivedAt: _clock.GetUtcNow());
                if (!_coalescer.Covers(message, TitleEdit))
                {
                    reads++;
                    var turn = _coalescer.Wait(4242, 1);
                    _ = turn.ReadingAsync(CancellationToken.None).ContinueWith(_ => turn.Dispose(), TaskScheduler.Default);
                }
            }

            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.InRange(reads, 2, 6); // 10 s of storm: at most one read per 2 s interval, plus the first (fewer when a read finishes late and more join it)
    }

    [Fact]
    public async Task TurnGivenUp_LeavesNoWaiterBehind()
    {
        await ReadAsync(1);
        using (var cancelled = new CancellationTokenSource())
        {
            var turn = _coalescer.Wait(4242, 1);
            var read = turn.ReadingAsync(cancelled.Token);
            await cancelled.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
            turn.Dispose();
        }

        // A waiter left behind would take this assignment into its read; with none, it reads on its own.
        Assert.False(_coalescer.Covers(Message(1), TitleEdit with { AssigneesChanged = true }));
    }

    [Fact]
    public async Task OverCapacity_ArsLongUnread_AreForgotten()
    {
        for (var iid = 0; iid <= ArCoalescer.Capacity; iid++)
        {
            using var turn = _coalescer.Wait(4242, iid);
            await turn.ReadingAsync(CancellationToken.None); // read now: nothing to forget yet
        }

        Assert.Equal(ArCoalescer.Capacity + 1, _coalescer.Remembered);
        _clock.Advance(TimeSpan.FromMinutes(5));
        _coalescer.Wait(4242, -1).Dispose();

        Assert.Equal(1, _coalescer.Remembered); // only the AR just seen
    }

    /// <summary>One read of the AR, now (after its interval, when the last read was recent).</summary>
    private async Task ReadAsync(long iid)
    {
        using var turn = _coalescer.Wait(4242, iid);
        var read = turn.ReadingAsync(CancellationToken.None);
        if (!read.IsCompleted)
        {
            _clock.Advance(Interval);
        }

        await read;
    }

    private ArChanged Message(long iid, DateTimeOffset? receivedAt = null) =>
        new() { ProjectId = 4242, Iid = iid, Action = "update", ReceivedAt = receivedAt ?? _clock.GetUtcNow() };
}
