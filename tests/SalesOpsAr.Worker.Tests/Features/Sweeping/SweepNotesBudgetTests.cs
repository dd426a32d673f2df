using SalesOpsAr.Worker.Tests.Infrastructure;
using static SalesOpsAr.Simulation.Ars;

namespace SalesOpsAr.Worker.Tests.Features.Sweeping;

/// <summary>The sweep's nudge notes take their turn in the same notes budget as the reconciler's: never a 429.</summary>
public sealed class SweepNotesBudgetTests : SweepFixture
{
    private const int NotesPerMinute = 3;

    public SweepNotesBudgetTests()
    {
        GitLab.NotesPerMinute = NotesPerMinute; // GitLab's own notes limit, enforced on the fake's clock
        ClockRunsDuringSweeps = true;
    }

    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["GitLab:NotesPerMinute"] = NotesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }

    [Fact]
    public async Task MoreNudgesThanTheNotesLimit_AllGoOut_PacedUnderIt_WithNo429()
    {
        var monday = Wednesday.AddDays(-2).AddHours(-1);
        var unassigned = Enumerable.Range(0, 7).Select(i => Ar(140 + i, ActionNeeded, monday)).ToList();

        var summary = await SweepAsync();

        Assert.Equal(7, summary.ArsFlagged);
        Assert.All(unassigned, ar => Assert.Contains("can someone on the team pick it up?", Assert.Single(ar.BotNotes()).Body, StringComparison.Ordinal));
        Assert.Equal(0, GitLab.NotesThrottled);
        var times = unassigned.Select(ar => ar.BotNotes()[0].CreatedAt).Order().ToList();
        for (var i = NotesPerMinute; i < times.Count; i++)
        {
            Assert.True(times[i] - times[i - NotesPerMinute] >= TimeSpan.FromMinutes(1), $"notes {i - NotesPerMinute} and {i} were {times[i] - times[i - NotesPerMinute]} apart");
        }
    }
}
