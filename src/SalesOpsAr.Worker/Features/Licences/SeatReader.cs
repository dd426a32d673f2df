using Microsoft.Extensions.Options;
using SalesOpsAr.Salesforce;
using SalesOpsAr.Salesforce.Api;
using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Features.Licences;

/// <summary>
/// After each sweep, reads the org's seats: one Salesforce call (a composite of two queries), whatever the number of
/// ARs; nothing when the connector is off. A failed read keeps the seats last read, says what went wrong on the status
/// page, and is logged once per kind of failure until a read succeeds again — never once per AR or per sweep.
/// </summary>
internal sealed partial class SeatReader(
    ISalesforceClient salesforce,
    IOptions<SalesforceOptions> options,
    LicenceBoard board,
    TimeProvider clock,
    ILogger<SeatReader> logger) : ISweepListener
{
    private SalesforceFailure? _lastFailure;

    public async Task SweptAsync(SweepReport report, CancellationToken cancellationToken)
    {
        if (!options.Value.IsOn)
        {
            return;
        }

        var previous = board.Latest;
        try
        {
            var seats = await salesforce.ReadSeatsAsync(cancellationToken);
            board.Record(new LicenceSeats
            {
                ReadAt = clock.GetUtcNow(),
                Seats = [.. seats.UserLicenses.Select(l => Seat(l.Name ?? l.MasterLabel, addOn: false, l.TotalLicenses, l.UsedLicenses)).OfType<LicenceSeat>(),
                         .. seats.PermissionSetLicenses.Select(l => Seat(l.DeveloperName ?? l.MasterLabel, addOn: true, l.TotalLicenses, l.UsedLicenses)).OfType<LicenceSeat>()],
                Budget = Budget(),
            });
            if (_lastFailure is not null)
            {
                Recovered(logger);
                _lastFailure = null;
            }
        }
        catch (SalesforceException e)
        {
            board.Record((previous ?? new LicenceSeats()) with { Problem = $"{e.Failure}: {e.Message}", Budget = Budget() });
            if (_lastFailure != e.Failure)
            {
                ReadFailed(logger, e.Failure, e.Message);
                _lastFailure = e.Failure;
            }
        }
    }

    private static LicenceSeat? Seat(string? name, bool addOn, int? total, int? used) =>
        name is null ? null : new LicenceSeat(name, addOn, total ?? -1, used ?? -1, total is >= 0 && used is >= 0 && used <= total);

    private string? Budget()
    {
        var budget = salesforce.Budget;
        return budget.OrgMax < 0 ? null
            : $"{budget.OrgUsed:N0} of {budget.OrgMax:N0} calls in the last 24 hours (this service: {budget.OwnCalls:N0} of its {budget.OwnAllowance:N0})";
    }

    [LoggerMessage(EventId = 700, Level = LogLevel.Warning, Message = "Salesforce seats not read ({Failure}): {Reason}. The seats last read stay shown; said once until a read succeeds")]
    private static partial void ReadFailed(ILogger logger, SalesforceFailure failure, string reason);

    [LoggerMessage(EventId = 701, Level = LogLevel.Information, Message = "Salesforce seats read again")]
    private static partial void Recovered(ILogger logger);
}
