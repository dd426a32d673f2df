using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Platform.Configuration;
using SalesOpsAr.Workflow.Absence;
using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>The <c>Sweep</c> section: when the sweep runs and how it counts time.</summary>
public sealed class SweepOptions
{
    public const string Section = "Sweep";

    /// <summary>Time between sweeps; <c>00:00:00</c> turns the timer off (<c>sweep --once</c> still works).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>ARs updated since the previous sweep minus this margin are reconciled again (lost webhooks).</summary>
    public TimeSpan HealMargin { get; set; } = TimeSpan.FromMinutes(10);

    public CalendarOptions Calendar { get; set; } = new();

    /// <summary>Business days before each flag; bound straight onto the rules' record.</summary>
    [ValidateObjectMembers]
    public FlagThresholds Thresholds { get; set; } = new();

    public IList<AbsenceOptions> Absences { get; } = [];

    [ValidateObjectMembers]
    public DigestOptions Digest { get; set; } = new();

    /// <summary>
    /// Where people open the status page (<c>https://salesops-ar.example.com/status</c>): the digest's and the nudges'
    /// line about ARs waiting for Salesforce seats links there. Empty: the line names the page without a link.
    /// </summary>
    public string StatusPageUrl { get; set; } = "";

    public IReadOnlyList<PlannedAbsence> PlannedAbsences() =>
        Absences.Where(a => a.From is not null && a.Until is not null)
            .Select(a => new PlannedAbsence(a.Username.Trim().TrimStart('@'), a.From!.Value, a.Until!.Value)).ToList();
}
