using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Workflow.Absence;
using SalesOpsAr.Workflow.Calendar;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>Sends the digest once a business day, with the first sweep at or after <c>Sweep:Digest:At</c> (local), within the hour after it.</summary>
internal sealed class DigestSender(INotifier notifier, DigestState state, IOptions<SweepOptions> sweep, BusinessCalendar calendar, ArLister lister, ILicenceBoard licences)
{
    public async Task<bool> SendIfDueAsync(
        IReadOnlyList<OpenAr> open, IReadOnlyDictionary<string, OutOfOffice> absent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var options = sweep.Value.Digest;
        var local = TimeZoneInfo.ConvertTime(now, calendar.Zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (options.At is not { } at || !calendar.IsWorkDay(day) || time < at || time >= at.AddHours(1) || notifier.Enabled.Count == 0 || !state.TryClaim(day))
        {
            return false;
        }

        var closed = await lister.ListClosedUnfinishedAsync(PreviousDigest(day, at), cancellationToken);
        var digest = Digest.Notice(open, closed, absent, day, options.Oldest, calendar.Zone);
        if (SeatWaitLine.Of(licences.Latest, calendar, now, sweep.Value.StatusPageUrl) is { } seats)
        {
            digest = digest with { Paragraphs = [.. digest.Paragraphs, seats] };
        }

        return await notifier.SendAsync(digest, cancellationToken);
    }

    // When the last business day's digest was due: Monday's covers the weekend (at most two weeks back).
    private DateTimeOffset PreviousDigest(DateOnly day, TimeOnly at)
    {
        var previous = day.AddDays(-1);
        while (!calendar.IsWorkDay(previous) && previous > day.AddDays(-14))
        {
            previous = previous.AddDays(-1);
        }

        var local = previous.ToDateTime(at);
        return new DateTimeOffset(local, calendar.Zone.GetUtcOffset(local));
    }
}
