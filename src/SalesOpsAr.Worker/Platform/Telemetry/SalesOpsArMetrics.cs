using System.Diagnostics.Metrics;
using SalesOpsAr.Workflow.Labels;

namespace SalesOpsAr.Worker.Platform.Telemetry;

/// <summary>
/// The service's own instruments (meter <c>SalesOpsAr.Worker</c>; GitLab calls are counted by
/// <c>GitLabCallMeter</c> on the same meter), exported in Prometheus format at
/// <c>/metrics</c>. Names follow OpenTelemetry; the exporter adds <c>_total</c> and unit suffixes.
/// </summary>
public sealed class SalesOpsArMetrics : IDisposable
{
    public const string MeterName = "SalesOpsAr.Worker";

    private readonly Meter _meter;
    private readonly Counter<long> _webhooks;
    private readonly Counter<long> _reconciled;
    private readonly Counter<long> _transitions;
    private readonly Counter<long> _nudges;
    private readonly Counter<long> _sweepFailures;
    private readonly Histogram<double> _receiveToEnqueue;
    private readonly Histogram<double> _enqueueToApplied;
    private readonly Histogram<double> _sweepDuration;
    private readonly Histogram<double> _noteDelay;
    private readonly Counter<long> _coalesced;
    private readonly Counter<long> _notesPosted;
    private readonly Histogram<double> _timeToPickup;
    private readonly Histogram<double> _timeToCompleted;
    private readonly Histogram<double> _timeInState;
    private BoardGauges _board = BoardGauges.Empty;
    private IReadOnlyDictionary<string, long?> _queues = new Dictionary<string, long?>();

    public SalesOpsArMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _webhooks = _meter.CreateCounter<long>("salesopsar.webhooks", description: "Webhook deliveries by outcome (queued, ignored, duplicate, refused, unavailable)");
        _reconciled = _meter.CreateCounter<long>("salesopsar.reconciled", description: "ARs reconciled by outcome (applied, no_change, dry_run, skipped)");
        _transitions = _meter.CreateCounter<long>("salesopsar.transitions", description: "State changes the bot made, by from and to state");
        _nudges = _meter.CreateCounter<long>("salesopsar.nudges", description: "Nudges delivered, by flag and channel");
        _sweepFailures = _meter.CreateCounter<long>("salesopsar.sweep.ar_failures", description: "ARs a sweep could not handle (tried again next sweep), by step");
        _receiveToEnqueue = _meter.CreateHistogram<double>("salesopsar.receive_to_enqueue", unit: "s", description: "From webhook received to broker confirm");
        _enqueueToApplied = _meter.CreateHistogram<double>("salesopsar.enqueue_to_applied", unit: "s", description: "From broker confirm to the AR reconciled");
        _sweepDuration = _meter.CreateHistogram<double>("salesopsar.sweep.duration", unit: "s", description: "Wall time of one sweep");
        _noteDelay = _meter.CreateHistogram<double>("salesopsar.note_delay", unit: "s", description: "From the label edit to its note posted (notes trail at GitLab's notes pace)");
        _coalesced = _meter.CreateCounter<long>("salesopsar.coalesced", description: "AR messages answered by a read of the AR made after they were received: no GitLab call of their own");
        _notesPosted = _meter.CreateCounter<long>("salesopsar.notes_posted", description: "Notes the bot posted on ARs, by kind (change, runbook, nudge)");
        _timeToPickup = _meter.CreateHistogram<double>("salesopsar.ar.time_to_pickup", unit: "h", description: "From an AR opened to its entering In Progress, by clock (wall, business)");
        _timeToCompleted = _meter.CreateHistogram<double>("salesopsar.ar.time_to_completed", unit: "h", description: "From an AR opened to Sales Ops' part Completed, by clock (wall, business)");
        _timeInState = _meter.CreateHistogram<double>("salesopsar.ar.time_in_state", unit: "h", description: "How long ARs stayed in a state before leaving it (seen by the sweeper, to within a sweep interval), by state and clock (wall, business)");
        _meter.CreateObservableGauge("salesopsar.open_ars", () => Observe(b => b.ByState, "state"), description: "Open Sales Ops ARs by state, at the last sweep");
        _meter.CreateObservableGauge("salesopsar.flagged_ars", () => Observe(b => b.ByFlag, "flag"), description: "Open ARs by raised flag (unassigned, stale, overdue, …), at the last sweep");
        _meter.CreateObservableGauge("salesopsar.assigned_ars", () => Observe(b => b.ByAssignee, "assignee"), description: "Open ARs (not Completed) per team assignee, at the last sweep");
        _meter.CreateObservableGauge(
            "salesopsar.queue.messages",
            () => Volatile.Read(ref _queues).Where(q => q.Value is not null).Select(q => new Measurement<long>(q.Value!.Value, new KeyValuePair<string, object?>("queue", q.Key))),
            description: "Messages waiting per bus queue (work and error queues), read by the sweeper at each sweep; none on the in-memory transport");
        _meter.CreateObservableGauge(
            "salesopsar.oldest_ar_age",
            () => Volatile.Read(ref _board).OldestByState.Select(kv => new Measurement<double>(kv.Value, new KeyValuePair<string, object?>("state", kv.Key))),
            unit: "d",
            description: "Age of the oldest open AR per state, in business days since it was opened, at the last sweep");
    }

    public void Webhook(string outcome) => _webhooks.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void Reconciled(string outcome) => _reconciled.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void Transition(ArState? from, ArState? to) => _transitions.Add(1,
        new KeyValuePair<string, object?>("from", from?.ToString() ?? "none"), new KeyValuePair<string, object?>("to", to?.ToString() ?? "none"));

    public void Nudge(string flag, string channel, int count) => _nudges.Add(count,
        new KeyValuePair<string, object?>("flag", flag), new KeyValuePair<string, object?>("channel", channel));

    public void SweepFailure(string step) => _sweepFailures.Add(1, new KeyValuePair<string, object?>("step", step));

    public void ReceiveToEnqueue(TimeSpan elapsed) => _receiveToEnqueue.Record(elapsed.TotalSeconds);

    public void EnqueueToApplied(TimeSpan elapsed) => _enqueueToApplied.Record(elapsed.TotalSeconds);

    public void NoteWritten(TimeSpan delay) => _noteDelay.Record(Math.Max(0, delay.TotalSeconds));

    public void Coalesced() => _coalesced.Add(1);

    public void SweepDone(TimeSpan elapsed, BoardGauges board)
    {
        _sweepDuration.Record(elapsed.TotalSeconds);
        Volatile.Write(ref _board, board);
    }

    public void QueueDepths(IReadOnlyDictionary<string, long?> queues) => Volatile.Write(ref _queues, queues);

    /// <summary>An AR left a state after this long (wall clock and business hours).</summary>
    public void Stayed(ArState state, TimeSpan wall, TimeSpan business)
    {
        _timeInState.Record(Math.Max(0, wall.TotalHours), new("state", state.ToString()), new("clock", "wall"));
        _timeInState.Record(Math.Max(0, business.TotalHours), new("state", state.ToString()), new("clock", "business"));
    }

    public void NotePosted(string kind) => _notesPosted.Add(1, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>An AR entered In Progress or Completed: how long since it was opened, on the wall clock and in business hours.</summary>
    public void Reached(ArState state, TimeSpan wall, TimeSpan business)
    {
        var histogram = state switch
        {
            ArState.InProgress => _timeToPickup,
            ArState.Completed => _timeToCompleted,
            _ => null,
        };
        histogram?.Record(Math.Max(0, wall.TotalHours), new KeyValuePair<string, object?>("clock", "wall"));
        histogram?.Record(Math.Max(0, business.TotalHours), new KeyValuePair<string, object?>("clock", "business"));
    }

    public void Dispose() => _meter.Dispose();

    private IEnumerable<Measurement<long>> Observe(Func<BoardGauges, IReadOnlyDictionary<string, long>> of, string attribute) =>
        of(Volatile.Read(ref _board)).Select(kv => new Measurement<long>(kv.Value, new KeyValuePair<string, object?>(attribute, kv.Key)));
}
