using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using SalesOpsAr.Salesforce;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Telemetry;

namespace SalesOpsAr.Worker.Features.Licences;

/// <summary>
/// The seats the sweep last read, kept in memory: the status page and the metrics read them, never Salesforce.
/// <c>salesopsar_salesforce_seats{licence, count=total|used|free}</c> and <c>salesopsar_salesforce_read_ok</c>.
/// </summary>
internal sealed class LicenceBoard : ILicenceBoard
{
    private LicenceSeats? _latest;

    private readonly TimeProvider _clock;

    public LicenceBoard(IMeterFactory meters, IOptions<SalesforceOptions> options, SalesforceBudget budget, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(budget);
        Connected = options.Value.IsOn;
        _clock = clock;
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(SalesOpsArMetrics.MeterName);
        meter.CreateObservableGauge("salesopsar.salesforce.seats", Seats, description: "Salesforce seats per licence at the last read: total, used, free (licences with sane counts)");
        meter.CreateObservableGauge("salesopsar.salesforce.read_ok", () => Latest is { } l ? new[] { new Measurement<int>(l.Problem is null ? 1 : 0) } : [],
            description: "1: the last sweep read Salesforce's seats; 0: it failed (the status page says why)");
        meter.CreateObservableGauge("salesopsar.salesforce.waiting_ars", () => Latest is { ReadAt: not null } l ? new[] { new Measurement<int>(l.Waiting.Count) } : [],
            description: "ARs on the SFDC-licence hold at the last sweep");
        meter.CreateObservableGauge("salesopsar.salesforce.longest_wait_seconds", LongestWait, unit: "s",
            description: "How long the first AR in the waiting line has waited (0 when none waits)");
        meter.CreateObservableGauge("salesopsar.salesforce.idle_seats", Idle,
            description: "Active Salesforce users idle for Salesforce__IdleDays (or who never logged in), per licence, at the last sweep");
        meter.CreateObservableGauge("salesopsar.salesforce.calls_24h", () => Connected ? new[] { new Measurement<long>(budget.OwnCalls) } : [],
            description: "This service's Salesforce API calls in the last 24 hours (its share: Salesforce__BudgetShare of the org's allowance)");
    }

    public LicenceSeats? Latest => Volatile.Read(ref _latest);

    public bool Connected { get; }

    public void Record(LicenceSeats seats) => Volatile.Write(ref _latest, seats);

    private IEnumerable<Measurement<double>> LongestWait()
    {
        if (Latest is not { ReadAt: not null } latest)
        {
            yield break;
        }

        yield return new(latest.Waiting.Count == 0 ? 0 : Math.Max(0, (_clock.GetUtcNow() - latest.Waiting.Min(w => w.HeldSince)).TotalSeconds));
    }

    private IEnumerable<Measurement<int>> Idle()
    {
        foreach (var (licence, idle) in Latest?.Idle ?? new Dictionary<string, int>())
        {
            yield return new(idle, new KeyValuePair<string, object?>("licence", licence));
        }
    }

    private IEnumerable<Measurement<int>> Seats()
    {
        foreach (var seat in Latest?.Seats.Where(s => s.Sane) ?? [])
        {
            yield return new(seat.Total, new("licence", seat.Licence), new("count", "total"));
            yield return new(seat.Used, new("licence", seat.Licence), new("count", "used"));
            yield return new(seat.Free, new("licence", seat.Licence), new("count", "free"));
        }
    }
}
