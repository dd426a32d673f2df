using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>The checks of the <c>Sweep</c> section that annotations cannot say: the interval, the calendar, the absences.</summary>
internal sealed class SweepOptionsChecks : IValidateOptions<SweepOptions>
{
    public ValidateOptionsResult Validate(string? name, SweepOptions options)
    {
        var problems = new ValidateOptionsResultBuilder();
        if (options.Interval < TimeSpan.Zero || (options.Interval > TimeSpan.Zero && options.Interval < TimeSpan.FromMinutes(1)))
        {
            problems.AddError($"must be 00:00:00 (off) or at least 00:01:00, got {options.Interval}.", "Sweep:Interval");
        }

        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(options.Calendar.TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            problems.AddError($"must be an IANA time zone id such as Europe/Amsterdam, got '{options.Calendar.TimeZone}'.", "Sweep:Calendar:TimeZone");
        }

        if (options.StatusPageUrl.Length > 0 && (!Uri.TryCreate(options.StatusPageUrl, UriKind.Absolute, out var page) || page.Scheme is not ("https" or "http")
            || options.StatusPageUrl.Any(char.IsControl) || options.StatusPageUrl.Length > 2048))
        {
            problems.AddError("must be the status page's address, https://…/status, or empty.", "Sweep:StatusPageUrl");
        }

        foreach (var (key, problem) in options.Calendar.Problems())
        {
            problems.AddError(problem, key);
        }

        if (options.Calendar.WorkdayEnd <= options.Calendar.WorkdayStart)
        {
            problems.AddError($"must be after Sweep:Calendar:WorkdayStart ({options.Calendar.WorkdayStart}), got {options.Calendar.WorkdayEnd}.", "Sweep:Calendar:WorkdayEnd");
        }

        for (var i = 0; i < options.Absences.Count; i++)
        {
            var absence = options.Absences[i];
            if (!GitLabUsername.IsValid(absence.Username.Trim().TrimStart('@')) || absence.From is null || absence.Until is null || absence.Until < absence.From)
            {
                problems.AddError("needs Username, From and Until (yyyy-MM-dd), with Until on or after From.", $"Sweep:Absences:{i}");
            }
        }

        return problems.Build();
    }
}
