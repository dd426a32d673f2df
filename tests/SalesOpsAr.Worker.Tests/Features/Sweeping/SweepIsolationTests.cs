using SalesOpsAr.Worker.Tests.Infrastructure;
using static SalesOpsAr.Simulation.Ars;

namespace SalesOpsAr.Worker.Tests.Features.Sweeping;

/// <summary>
/// One odd AR never costs the others their nudge: whatever GitLab answers about it, the sweep notes it (with its id,
/// the step and the reason), goes on, and tries it again next time.
/// </summary>
public sealed class SweepIsolationTests : SweepFixture
{
    private static readonly DateTimeOffset LastWeek = new(2026, 11, 19, 10, 0, 0, TimeSpan.Zero);

    public SweepIsolationTests() => ClockRunsDuringSweeps = true; // retries of the odd AR's calls wait on the clock

    public static TheoryData<string, string?> Cases => new()
    {
        { "its notes answer 500", "history" },
        { "its label events answer 403", "history" },
        { "its history keeps answering 429", "history" },
        { "its label edit answers 403 while healing", "heal" },
        { "its label edit answers 500 while healing", "heal" },
        { "its nudge note answers 500", "nudge note" },
        { "it vanished between the list and the heal (404)", null },
        { "its assignee's status answers 404", null },
        { "a label event without created_at", null },
        { "a bot note with a null body", null },
        { "a nudge marker whose number overflows", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task OddAr_TheHealthyOneIsStillNudged(string odd, string? failedStep)
    {
        var healthy = Ar(101, InProgress, LastWeek, "jdoe");
        var other = Odd(odd);

        var summary = await SweepAsync();

        Assert.Contains("@jdoe, this AR has had no activity", Assert.Single(healthy.BotNotes()).Body, StringComparison.Ordinal);
        Assert.Equal(2, summary.ArsSeen);
        if (failedStep is null)
        {
            Assert.Empty(summary.Failures);
        }
        else
        {
            var failure = Assert.Single(summary.Failures);
            Assert.Equal((201L, failedStep), (failure.Ar.Iid, failure.Step));
            Assert.Contains(Host.Logs.Messages, m => m.Contains("AR 4242#201 skipped by this sweep at", StringComparison.Ordinal) && m.Contains(failedStep, StringComparison.Ordinal));
            Assert.Empty(other.BotNotes());
        }
    }

    private FakeIssue Odd(string odd)
    {
        switch (odd)
        {
            case "its notes answer 500":
                return Failing(Ar(201, InProgress, LastWeek, "ksmith"), "GET /notes", 500);
            case "its label events answer 403":
                return Failing(Ar(201, InProgress, LastWeek, "ksmith"), "GET /resource_label_events", 403);
            case "its history keeps answering 429":
                return Failing(Ar(201, InProgress, LastWeek, "ksmith"), "GET /resource_label_events", 429);
            case "its nudge note answers 500":
                return Failing(Ar(201, InProgress, LastWeek, "ksmith"), "POST /notes", 500);
            case "its label edit answers 403 while healing":
                return Failing(Misspelled(), "PUT", 403);
            case "its label edit answers 500 while healing":
                return Failing(Misspelled(), "PUT", 500);
            case "it vanished between the list and the heal (404)":
                return Failing(Misspelled(), "GET", 404);
            case "its assignee's status answers 404":
                GitLab.SetStatusMissing("ksmith");
                return Ar(201, InProgress, LastWeek, "ksmith");
            case "a label event without created_at":
            {
                var ar = Ar(201, InProgress, LastWeek, "ksmith");
                GitLab.AddLabelEvent(ar, "ksmith", "ReadyForProvisioning", "add", at: null);
                return ar;
            }

            case "a bot note with a null body":
            {
                var ar = Ar(201, InProgress, LastWeek, "ksmith");
                GitLab.AddNote(ar, FakeGitLab.BotUsername, body: null, LastWeek.AddHours(1));
                return ar;
            }

            default:
            {
                var ar = Ar(201, InProgress, LastWeek, "ksmith");
                GitLab.AddNote(ar, FakeGitLab.BotUsername, "<!-- salesops-ar-bot nudge flag=Stale n=99999999999 -->", LastWeek.AddHours(1));
                return ar;
            }
        }
    }

    // Changed just now, with a misspelled state: the sweep heals it, which needs a label edit.
    private FakeIssue Misspelled()
    {
        var ar = GitLab.AddIssue(4242, 201, TemplateCcd, labels: ["SaelsOpsAR::In Progress"], assignees: ["ksmith"]);
        ar.CreatedAt = LastWeek;
        ar.UpdatedAt = Clock.GetUtcNow();
        return ar;
    }

    private static FakeIssue Failing(FakeIssue ar, string call, int status)
    {
        ar.FailOn[call] = status;
        return ar;
    }
}
