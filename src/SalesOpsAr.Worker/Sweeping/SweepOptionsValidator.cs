using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.Worker.Configuration;

namespace SalesOpsAr.Worker.Sweeping;

/// <summary>Checks the <c>Sweep</c> section at start.</summary>
internal sealed class SweepOptionsValidator(IConfiguration configuration, IOptions<GitLabOptions> gitLab) : IValidateOptions<SweepOptions>
{
    public ValidateOptionsResult Validate(string? name, SweepOptions options)
    {
        var problems = new Problems();
        if (options.Interval < TimeSpan.Zero || (options.Interval > TimeSpan.Zero && options.Interval < TimeSpan.FromMinutes(1)))
        {
            problems.Add("Sweep:Interval", $"must be 00:00:00 (off) or at least 00:01:00, got {options.Interval}.");
        }

        var sweeps = ServiceOptions.RolesIn(configuration).HasFlag(Roles.Sweeper);
        if (sweeps && options.Interval > TimeSpan.Zero && gitLab.Value.HasToken && gitLab.Value.ProjectIdList.Count == 0)
        {
            problems.Add("GitLab:ProjectIds", "must list the access-request project id(s) (GitLab__ProjectIds__0) for the sweeper to know what to sweep.");
        }

        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(options.Calendar.TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            problems.Add("Sweep:Calendar:TimeZone", $"must be an IANA time zone id such as Europe/Amsterdam, got '{options.Calendar.TimeZone}'.");
        }

        foreach (var (key, problem) in options.Calendar.Problems())
        {
            problems.Add(key, problem);
        }

        if (options.Calendar.WorkdayEnd <= options.Calendar.WorkdayStart)
        {
            problems.Add("Sweep:Calendar:WorkdayEnd", $"must be after Sweep:Calendar:WorkdayStart ({options.Calendar.WorkdayStart}), got {options.Calendar.WorkdayEnd}.");
        }

        var t = options.Thresholds;
        foreach (var (key, value) in new[] { ("Unassigned", t.Unassigned), ("AssigneeOutOfOffice", t.AssigneeOutOfOffice), ("Stale", t.Stale), ("HoldReview", t.HoldReview) })
        {
            if (value is <= 0 or > 365)
            {
                problems.Add($"Sweep:Thresholds:{key}", $"must be between 0 and 365 business days (exclusive of 0), got {value}.");
            }
        }

        if (t.MaxReminders is < 1 or > 10)
        {
            problems.Add("Sweep:Thresholds:MaxReminders", $"must be between 1 and 10, got {t.MaxReminders}.");
        }

        for (var i = 0; i < options.Absences.Count; i++)
        {
            var absence = options.Absences[i];
            if (!Problems.IsUsername(absence.Username.Trim().TrimStart('@')) || absence.From is null || absence.Until is null || absence.Until < absence.From)
            {
                problems.Add($"Sweep:Absences:{i}", "needs Username, From and Until (yyyy-MM-dd), with Until on or after From.");
            }
        }

        return problems.Result();
    }
}
