using System.Runtime.CompilerServices;

namespace SalesOpsAr.GitLab.Pacing;

/// <summary>
/// GitLab's own limit on new notes (60 a minute per user on GitLab.com, 300 by default self-managed; over it: 429),
/// kept apart from the call budget: at most <c>GitLab:NotesPerMinute</c> note POSTs leave this process in any 60 s
/// window. A note waits for the slot the oldest of the last N frees; the slots are taken in arrival order. One per
/// process (a singleton): the handler instances that use it come and go with the HTTP client's handler rotation.
/// </summary>
/// <remarks>
/// A caller that must look at the AR once it has its slot (is the CC still owed?) takes the slot first and
/// <see cref="Hold"/>s it: the next note POST of that flow uses it instead of taking another, and the slot is
/// timed from when that POST leaves.
/// </remarks>
public sealed class NotesBudget(int perMinute, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How much later than a note left here GitLab may count it (the request still on its way, or queued in front of
    /// GitLab): a slot frees a window and this much after its note left.
    /// </summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(500);

    private static readonly AsyncLocal<HeldSlot?> Held = new();
    private readonly Queue<StrongBox<DateTimeOffset>> _sent = new();
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly object _stamps = new();

    private int _waiting;

    /// <summary>Notes allowed in any 60 s window; 0: no limit of its own.</summary>
    public int PerMinute => perMinute;

    /// <summary>Callers waiting for a slot now (in line, or for the window to free one): what a test waits on instead of a sleep.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Waits until a note may go out without making any 60 s window hold more than <see cref="PerMinute"/>.</summary>
    /// <returns>The slot: when it was taken; moved to when the note really left by <see cref="Hold"/>.</returns>
    public async Task<StrongBox<DateTimeOffset>?> TakeAsync(CancellationToken cancellationToken)
    {
        if (perMinute <= 0)
        {
            return null;
        }

        Interlocked.Increment(ref _waiting);
        try
        {
            return await TakeInTurnAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    private async Task<StrongBox<DateTimeOffset>?> TakeInTurnAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            while (_sent.Count > 0 && Read(_sent.Peek()) + Window + Margin <= now)
            {
                _sent.Dequeue();
            }

            if (_sent.Count >= perMinute)
            {
                // The slot frees a whole window after the note that holds it went out, and a hair more: GitLab counts
                // from when it received the note, a little later than when it left here.
                var freeAt = Read(_sent.Dequeue()) + Window + Margin;
                if (freeAt > now)
                {
                    await Task.Delay(freeAt - now, clock, cancellationToken);
                }
            }

            var slot = new StrongBox<DateTimeOffset>(clock.GetUtcNow());
            _sent.Enqueue(slot);
            return slot;
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Holds a slot taken with <see cref="TakeAsync"/> for the next note POST of this flow (see the remarks).</summary>
    public static IDisposable Hold(StrongBox<DateTimeOffset>? slot)
    {
        var previous = Held.Value;
        Held.Value = new HeldSlot(slot);
        return new Restore(previous);
    }

    /// <summary>The slot this flow holds, once: the POST about to leave uses it (stamped when it really leaves).</summary>
    internal static StrongBox<DateTimeOffset>? TryUseHeld(out bool held)
    {
        // The held slot is marked used (not the AsyncLocal cleared: a change made down here would not reach the holder).
        if (Held.Value is not { Used: false } slot)
        {
            held = false;
            return null;
        }

        slot.Used = true;
        held = true;
        return slot.Slot;
    }

    /// <summary>
    /// Times a slot from now: called as each attempt leaves for GitLab, after the call budget's pacing, which may have
    /// held the note for seconds. GitLab counts the note from when it arrives; a slot timed from when it was taken
    /// would free too early.
    /// </summary>
    public void Stamp(StrongBox<DateTimeOffset> slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        lock (_stamps)
        {
            slot.Value = clock.GetUtcNow();
        }
    }

    private DateTimeOffset Read(StrongBox<DateTimeOffset> slot)
    {
        lock (_stamps)
        {
            return slot.Value;
        }
    }

    public void Dispose() => _turn.Dispose();

    private sealed class HeldSlot(StrongBox<DateTimeOffset>? slot)
    {
        public StrongBox<DateTimeOffset>? Slot => slot;

        public bool Used { get; set; }
    }

    private sealed class Restore(HeldSlot? previous) : IDisposable
    {
        public void Dispose() => Held.Value = previous;
    }
}
