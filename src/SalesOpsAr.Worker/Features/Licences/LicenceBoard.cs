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

    public LicenceBoard(IMeterFactory meters, IOptions<SalesforceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Connected = options.Value.IsOn;
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(SalesOpsArMetrics.MeterName);
        meter.CreateObservableGauge("salesopsar.salesforce.seats", Seats, description: "Salesforce seats per licence at the last read: total, used, free (licences with sane counts)");
        meter.CreateObservableGauge("salesopsar.salesforce.read_ok", () => Latest is { } l ? new[] { new Measurement<int>(l.Problem is null ? 1 : 0) } : [],
            description: "1: the last sweep read Salesforce's seats; 0: it failed (the status page says why)");
    }

    public LicenceSeats? Latest => Volatile.Read(ref _latest);

    public bool Connected { get; }

    public void Record(LicenceSeats seats) => Volatile.Write(ref _latest, seats);

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
