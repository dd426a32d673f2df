using Microsoft.Extensions.Options;
using SalesOpsAr.Salesforce;
using SalesOpsAr.Salesforce.Api;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Workflow.Licences;

namespace SalesOpsAr.Worker.Features.Licences;

/// <summary>
/// After each sweep, with the connector on: reads the org's seats with what the waiting line needs (the profiles'
/// licences, the waiting ARs' people, the idle users per licence) in one Salesforce call, and the longest-idle users in
/// a second — two calls whatever the number of ARs. Then releases, in line order, the waiting ARs whose seats are now
/// free (one <see cref="SeatReleaseOwed"/> job each; not in a dry run). A failed read keeps the seats last read, holds and
/// releases nothing, says what went wrong on the status page, and is logged once per kind of failure.
/// </summary>
internal sealed partial class SeatReader(
    ISalesforceClient salesforce,
    IOptions<SalesforceOptions> options,
    LicenceBoard board,
    SalesforceTrouble trouble,
    IWorkQueue work,
    TimeProvider clock,
    ILogger<SeatReader> logger) : ISweepListener
{
    public async Task SweptAsync(SweepReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var settings = options.Value;
        if (!settings.IsOn)
        {
            return;
        }

        var held = report.Board.Where(a => a.SeatWait is not null).ToList();
        var previous = board.Latest;
        SalesforceSeats read;
        IReadOnlyList<SalesforceUser> idle;
        try
        {
            read = await salesforce.ReadSeatsAsync(
                new SalesforceSeatQuery { Emails = [.. held.SelectMany(a => a.SeatWait!.Ask.Emails).Distinct(StringComparer.OrdinalIgnoreCase).Take(SalesforceSeatQuery.MaxEmails)], IdleDays = settings.IdleDays },
                cancellationToken);
            idle = (await salesforce.QueryAsync<SalesforceUser>(Soql.IdleUsers(settings.IdleDays, LicenceSeats.MaxIdleUsers), LicenceSeats.MaxIdleUsers, cancellationToken)).Records;
            trouble.Succeeded();
        }
        catch (SalesforceException e)
        {
            board.Record((previous ?? new LicenceSeats()) with { Problem = $"{e.Failure}: {e.Message}", Budget = Budget() });
            trouble.Failed(e, "reading the seats after the sweep");
            return;
        }

        var seats = SalesforceReading.Seats(read);
        var map = SalesforceReading.Map(read, settings);
        var active = SalesforceReading.Active(read);
        var waiting = held.Select(a => new WaitingAr(a.ProjectId, a.Iid, a.SeatWait!.HeldSince, SeatNeeds.Of(a.SeatWait.Ask, map, active), a.SeatWait.BotMayRelease)).ToList();
        var line = WaitingLine.Order(waiting);
        var cards = held.ToDictionary(a => (a.ProjectId, a.Iid));
        board.Record(new LicenceSeats
        {
            ReadAt = clock.GetUtcNow(),
            Seats = seats,
            Waiting = [.. line.Select((w, i) => new WaitingSeat(w.ProjectId, w.Iid, cards[(w.ProjectId, w.Iid)].Title, cards[(w.ProjectId, w.Iid)].Url, w.HeldSince, w.Needs, w.BotMayRelease, i + 1))],
            Idle = read.Idle.Where(i => i.Licence is not null && i.Idle is >= 0).GroupBy(i => i.Licence!, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Sum(i => i.Idle!.Value), StringComparer.OrdinalIgnoreCase),
            IdleUsers = [.. idle.Take(LicenceSeats.MaxIdleUsers).Select(u => new IdleUser(u.Name ?? "", u.Username ?? "", u.Profile?.UserLicense?.Name, u.LastLoginDate))],
            IdleDays = settings.IdleDays,
            Featured = [settings.DefaultLicence, .. settings.AddOns.Values.Distinct(StringComparer.OrdinalIgnoreCase)],
            Budget = Budget(),
        });

        foreach (var release in WaitingLine.Release(waiting, SalesforceReading.Counts(seats)))
        {
            // The licence it waited for; none left to need (its people have users now): the default licence's counts.
            var need = release.Ar.Needs.FirstOrDefault(n => n.Seats > 0);
            var licence = need?.Licence ?? settings.DefaultLicence;
            var counted = seats.FirstOrDefault(s => string.Equals(s.Licence, licence, StringComparison.OrdinalIgnoreCase));
            if (report.DryRun)
            {
                WouldRelease(logger, release.Ar.ProjectId, release.Ar.Iid, release.Position);
                continue;
            }

            await work.SendAsync(
                new SeatReleaseOwed
                {
                    ProjectId = release.Ar.ProjectId,
                    Iid = release.Ar.Iid,
                    Licence = counted?.Licence ?? licence,
                    SeatsNeeded = need?.Seats ?? 0,
                    Used = counted?.Used ?? 0,
                    Total = counted?.Total ?? 0,
                    HeldSince = release.Ar.HeldSince,
                    Position = release.Position,
                },
                cancellationToken);
        }
    }

    private string? Budget()
    {
        var budget = salesforce.Budget;
        return budget.OrgMax < 0 ? null
            : $"{budget.OrgUsed:N0} of {budget.OrgMax:N0} calls in the last 24 hours (this service: {budget.OwnCalls:N0} of its {budget.OwnAllowance:N0})";
    }

    [LoggerMessage(EventId = 702, Level = LogLevel.Information, Message = "Dry run: would release AR {ProjectId}#{Iid} from the SFDC-licence hold ({Position} in line)")]
    private static partial void WouldRelease(ILogger logger, long projectId, long iid, int position);
}
