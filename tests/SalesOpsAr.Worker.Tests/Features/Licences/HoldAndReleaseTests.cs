using Microsoft.Extensions.DependencyInjection;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Licences;

/// <summary>
/// The SFDC-licence hold decided by Salesforce's seats (#23), on the stateful GitLab and Salesforce fakes: an AR picked
/// up with no free seat is held with the numbers and its place in line; the sweep releases the line first come, first
/// served as seats free; a person's hold stays theirs; nothing is held or released on what could not be read.
/// </summary>
public sealed class HoldAndReleaseTests : SweepFixture, IDisposable
{
    private const string HoldLabel = "SalesOPS: Waiting on SFDC License";
    private readonly FakeSalesforce _salesforce = new();
    private readonly SalesforceSettings _connector;
    private readonly List<FakeSalesforceUser> _users = [];
    private const string Token = "status-token-0123456789abcdef";
    private bool _holdOnPickup = true;
    private bool _showTitles = true;
    private string _budgetShare = "0.10";
    private string _gitLabRetries = "2";

    public HoldAndReleaseTests()
    {
        _connector = new SalesforceSettings(_salesforce);
        _salesforce.Clock = Clock;
        _salesforce.Licence("Salesforce").Used = 248;
        _users.Add(_salesforce.AddUser("Leaver One"));
        _users.Add(_salesforce.AddUser("Leaver Two"));
        _salesforce.Licence("Salesforce").Used = 250; // every seat taken, two of them by the users above
    }

    public void Dispose()
    {
        _connector.Dispose();
        _salesforce.Dispose();
    }

    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["Salesforce:HoldOnPickup"] = _holdOnPickup ? "true" : "false";
        settings["Status:Token"] = Token;
        settings["Status:ShowTitles"] = _showTitles ? "true" : "false";
        settings["Sweep:Digest:At"] = "10:30";
        settings["Salesforce:BudgetShare"] = _budgetShare;
        settings["GitLab:MaxRetries"] = _gitLabRetries;
        settings["Sweep:StatusPageUrl"] = "https://salesops-ar.example.com/status";
        return _connector.Apply(settings);
    }

    // An AR in Action Needed that a team member takes in GitLab: the webhook's reconcile moves it In Progress (the pickup).
    private async Task<FakeIssue> PickedUpAsync(long iid, DateTimeOffset at)
    {
        GitLab.WebhookUrl = Host.WebhookUrl;
        GitLab.WebhookSecret = WorkerHost.WebhookSecret;
        var ar = Ar(iid, Ars.ActionNeeded, at.AddHours(-1));
        await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe"));
        await Host.IdleAsync(GitLab);
        return ar;
    }

    private async Task SweepAndSettleAsync()
    {
        await SweepAsync();
        await Host.IdleAsync(GitLab);
    }

    [Fact]
    public async Task PickedUpWithNoFreeSeat_IsHeld_WithTheNumbersAndItsPlaceInLine()
    {
        var first = await PickedUpAsync(201, Wednesday);

        Assert.Contains(HoldLabel, first.Labels);
        Assert.Contains(Ars.OnHold, first.Labels);
        Assert.DoesNotContain(Ars.InProgress, first.Labels);
        var note = Assert.Single(first.BotNotes().Select(n => n.Body ?? ""), n => n.Contains("On hold: no free Salesforce seat.", StringComparison.Ordinal));
        Assert.Contains("This AR needs 1 `Salesforce` seat; Salesforce counts 250 of 250 used", note, StringComparison.Ordinal);
        Assert.Contains("It is first in line for a seat, first come, first served by when the hold was set.", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APickupWithTheSeatFree_IsNotHeld()
    {
        _salesforce.Licence("Salesforce").Used = 249;
        var ar = await PickedUpAsync(201, Wednesday);

        await SweepAndSettleAsync();

        Assert.DoesNotContain(HoldLabel, ar.Labels);
        Assert.Contains(Ars.InProgress, ar.Labels);
        Assert.DoesNotContain(ar.BotNotes().Select(n => n.Body ?? ""), n => n.Contains("On hold", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SeatsFreeingOneAtATime_ReleaseTheLine_FirstComeFirstServed()
    {
        var first = await PickedUpAsync(201, Wednesday);
        await SweepAndSettleAsync(); // the line is read: 201 waits
        Clock.Advance(TimeSpan.FromHours(1));
        var second = await PickedUpAsync(202, Clock.GetUtcNow());
        Assert.Contains(second.BotNotes().Select(n => n.Body ?? ""), n => n.Contains("It is 2nd in line for a seat (1 AR waiting before it)", StringComparison.Ordinal));
        await SweepAndSettleAsync(); // no seat free: nothing released
        Assert.Contains(HoldLabel, first.Labels);

        _salesforce.Deactivate(_users[0]); // one seat frees
        await SweepAndSettleAsync();

        Assert.DoesNotContain(HoldLabel, first.Labels);
        Assert.Equal([Ars.InProgress], first.Labels.Where(l => l.StartsWith("SalesOpsAR::", StringComparison.Ordinal))); // resumed: jdoe is assigned
        Assert.Contains(first.BotNotes().Select(n => n.Body ?? ""), n => n.Contains("A Salesforce seat is free (`Salesforce`: 249 of 250 used): resumed, first in line since 25 Nov.", StringComparison.Ordinal));
        Assert.Contains(HoldLabel, second.Labels); // one seat, one AR

        _salesforce.Deactivate(_users[1]);
        await SweepAndSettleAsync();

        Assert.DoesNotContain(HoldLabel, second.Labels);
        Assert.Single(first.BotNotes().Select(n => n.Body ?? ""), n => n.Contains("A Salesforce seat is free", StringComparison.Ordinal)); // released once
    }

    [Fact]
    public async Task APersonsHoldWithAnotherReason_StaysTheirs()
    {
        var ar = Ar(203, Ars.OnHold, Wednesday.AddDays(-2));
        ar.Labels.Add(HoldLabel);
        ar.Labels.Add("AR-Approval::Needs Manager Approval");
        GitLab.AddLabelEvent(ar, "jdoe", HoldLabel, "add", Wednesday.AddDays(-2));
        _salesforce.Licence("Salesforce").Used = 240; // ten seats free

        await SweepAndSettleAsync();

        Assert.Contains(HoldLabel, ar.Labels);
        Assert.DoesNotContain(ar.BotNotes().Select(n => n.Body ?? ""), n => n.Contains("seat is free", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThePersonsLabelAlone_IsReleasedLikeTheBots()
    {
        var ar = Ar(204, Ars.OnHold, Wednesday.AddDays(-2));
        ar.Labels.Add(HoldLabel);
        GitLab.AddLabelEvent(ar, "jdoe", HoldLabel, "add", Wednesday.AddDays(-2));
        _salesforce.Licence("Salesforce").Used = 249;

        await SweepAndSettleAsync();

        Assert.DoesNotContain(HoldLabel, ar.Labels);
        Assert.Equal([Ars.ActionNeeded], ar.Labels.Where(l => l.StartsWith("SalesOpsAR::", StringComparison.Ordinal))); // nobody assigned
    }

    [Fact]
    public async Task TheBotsHold_WithAPersonsOtherReasonAdded_LosesOnlyItsLabel_AndStaysOnHold()
    {
        var ar = await PickedUpAsync(209, Wednesday);
        ar.Labels.Add("AR-Approval::Needs Manager Approval"); // a person adds another reason meanwhile
        _salesforce.Licence("Salesforce").Used = 240;

        await SweepAndSettleAsync();

        Assert.DoesNotContain(HoldLabel, ar.Labels);
        Assert.Contains(Ars.OnHold, ar.Labels);
        Assert.Contains("AR-Approval::Needs Manager Approval", ar.Labels);
    }

    [Fact]
    public async Task SalesforceDown_NothingIsHeldOrReleased_AndTheLabelWorkflowGoesOn()
    {
        _salesforce.FailNext(503, 503, 503, 503, 503, 503);
        var ar = await PickedUpAsync(205, Wednesday);

        await SweepAndSettleAsync();

        Assert.Contains(Ars.InProgress, ar.Labels); // the pickup itself went through
        Assert.DoesNotContain(HoldLabel, ar.Labels);
    }

    [Fact]
    public async Task HoldOnPickupOff_NothingIsHeld()
    {
        _holdOnPickup = false;
        await RestartAsync();
        var ar = await PickedUpAsync(206, Wednesday);

        await SweepAndSettleAsync();

        Assert.DoesNotContain(HoldLabel, ar.Labels);
        Assert.Contains(Ars.InProgress, ar.Labels);
    }

    [Fact]
    public async Task OneSalesforceCall_PerPickup_TwoPerSweep()
    {
        await PickedUpAsync(207, Wednesday);

        Assert.Equal(1, _salesforce.DataCalls); // the seats, the profiles and the person's user, in one composite

        await SweepAndSettleAsync();

        Assert.Equal(3, _salesforce.DataCalls); // the sweep's two: the seats with the line's needs, the idle list
    }

    [Fact]
    public async Task ThePage_ShowsTheLine_TheWaitsPerLicence_AndTheIdleSeats()
    {
        _salesforce.AddUser("Dormant Dana", lastLogin: Wednesday.AddDays(-200));
        _salesforce.AddUser("Never Nick"); // with the two leavers, who never logged in either: 4 idle
        await PickedUpAsync(201, Wednesday);
        await SweepAndSettleAsync();

        var html = await PageAsync("/status");

        Assert.Contains("<tr><td>Salesforce</td><td>250</td><td>250</td><td>0</td><td>1 (oldest since 25 Nov)</td><td>4</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Waiting for a seat, first come, first served</h3>", html, StringComparison.Ordinal);
        Assert.Contains(">#201 Person 201, Salesforce, AE</a></td><td>25 Nov</td><td>1 Salesforce</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("4 active users have not logged in for 90 days (or never).", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Never Nick</td><td>never.nick@acme.example</td><td>Salesforce</td><td>never</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Dormant Dana</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TitlesHidden_NoNameOnThePageOrInTheJson()
    {
        _showTitles = false;
        await RestartAsync();
        _salesforce.AddUser("Dormant Dana", lastLogin: Wednesday.AddDays(-200));
        await PickedUpAsync(201, Wednesday);
        await SweepAndSettleAsync();

        var everything = await PageAsync("/status") + await PageAsync("/status.json");

        Assert.Contains("3 active users have not logged in for 90 days", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Dormant", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Person 201", everything, StringComparison.Ordinal);
        Assert.Contains(">#201</a>", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenArsWait_TheDigestSaysHowMany_TheOldestWait_TheIdleSeats_AndWhereToLook()
    {
        await PickedUpAsync(201, Wednesday.AddDays(-3)); // held last Sunday
        await SweepAndSettleAsync(); // 10:00: the line is read
        Clock.Advance(TimeSpan.FromMinutes(31));
        Ar(301, Ars.ActionNeeded, Wednesday.AddDays(-7)); // unassigned for a week: the DRIs are nudged

        await SweepAndSettleAsync(); // 10:31: the digest is due

        var digest = Assert.Single(Slack.Messages, m => m.Contains("digest", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("1 AR waits for a Salesforce seat (oldest ", digest, StringComparison.Ordinal);
        Assert.Contains("2 active users have not logged in for 90 days: https://salesops-ar.example.com/status (Licences)", digest, StringComparison.Ordinal);
        var nudge = Assert.Single(Slack.Messages, m => m.Contains("#301", StringComparison.Ordinal) && !m.Contains("digest", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("1 AR waits for a Salesforce seat (oldest ", nudge, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithTheHoldOff_TheRunbookNoteShowsTheSeats()
    {
        _holdOnPickup = false;
        await RestartAsync();
        await SweepAndSettleAsync(); // the seats are read
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var ar = Ar(208, Ars.InProgress, Wednesday, "jdoe");
            await scope.ServiceProvider.GetRequiredService<SalesOpsAr.Worker.Features.Assisting.RunbookWriter>()
                .WriteAsync(new SalesOpsAr.Worker.Contracts.RunbookOwed { ProjectId = 4242, Iid = 208 }, CancellationToken.None);

            Assert.Contains(ar.BotNotes().Select(n => n.Body ?? ""), n => n.Contains("**Salesforce seats** at the last sweep: `Salesforce` 250 of 250 used, 0 free.", StringComparison.Ordinal));
            Assert.DoesNotContain(HoldLabel, ar.Labels);
        }
    }

    [Fact]
    public async Task ABulkArForThree_FirstInLine_LetsTheSingleBehindItHaveTheOneFreeSeat()
    {
        var bulk = Ar(220, Ars.OnHold, Wednesday.AddDays(-3));
        bulk.Description = "| Name | Email |\n|---|---|\n| Ana Lima | ana@example.com |\n| Ben Ode | ben@example.com |\n| Cleo Park | cleo@example.com |\n\n#### Sales to-do:\n* [ ] Salesforce: SDR profile\n\ncc @amber @meri";
        bulk.Labels.Add(HoldLabel);
        GitLab.AddLabelEvent(bulk, FakeGitLab.BotUsername, HoldLabel, "add", Wednesday.AddDays(-3));
        var single = Ar(221, Ars.OnHold, Wednesday.AddDays(-1));
        single.Labels.Add(HoldLabel);
        GitLab.AddLabelEvent(single, FakeGitLab.BotUsername, HoldLabel, "add", Wednesday.AddDays(-1));
        _salesforce.Licence("Salesforce").Used = 249; // one seat free

        await SweepAndSettleAsync();

        Assert.Contains(HoldLabel, bulk.Labels); // needs 3: waits, keeping its place
        Assert.DoesNotContain(HoldLabel, single.Labels); // 2nd in line, and 1 fits
        Assert.Contains(single.BotNotes().Select(n => n.Body ?? ""), n => n.Contains("resumed, 2nd in line since 24 Nov.", StringComparison.Ordinal));

        _salesforce.Licence("Salesforce").Used = 247; // three free
        await SweepAndSettleAsync();

        Assert.DoesNotContain(HoldLabel, bulk.Labels);
    }

    [Fact]
    public async Task ItsShareOfTheApiBudgetSpent_ItStopsCalling_ReleasesNothing_AndSaysSo()
    {
        _budgetShare = "0.0002"; // 3 of the org's 15,000 calls a day
        await RestartAsync();
        await PickedUpAsync(201, Wednesday); // 1 call: held
        await SweepAndSettleAsync(); // 2 calls: the share is spent
        _users.ForEach(_salesforce.Deactivate); // seats free now

        await SweepAndSettleAsync();
        await SweepAndSettleAsync();

        Assert.Equal(3, _salesforce.DataCalls);
        Assert.Contains(HoldLabel, GitLab.Issue(4242, 201).Labels); // not released on what it could not read
        Assert.Single(Host.Logs.Messages, m => m.StartsWith("Salesforce not read (ShareReached)", StringComparison.Ordinal));
        var page = await PageAsync("/status");
        Assert.Contains("the last read failed: ShareReached: this service has used its share of Salesforce&#39;s daily API allowance (3 of 3 calls, Salesforce__BudgetShare 0.0002); no call until it frees", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHoldRetriedAfterItsLabelEditFailed_PostsNoSecondNote()
    {
        _gitLabRetries = "0"; // the client's backoff would wait on the test's fake clock
        await RestartAsync();
        var ar = Ar(230, Ars.InProgress, Wednesday, "jdoe");
        var owed = new SalesOpsAr.Worker.Contracts.SeatCheckOwed { ProjectId = 4242, Iid = 230, Key = "pickup-230" };
        ar.FailOn["PUT"] = 500; // the note goes, the edit fails
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var check = scope.ServiceProvider.GetRequiredService<SalesOpsAr.Worker.Platform.Bus.IWorkHandler<SalesOpsAr.Worker.Contracts.SeatCheckOwed>>();
            await Assert.ThrowsAsync<SalesOpsAr.GitLab.Api.GitLabApiException>(() => check.HandleAsync(owed, retried: false, CancellationToken.None));
            ar.FailOn.Clear();

            await check.HandleAsync(owed, retried: true, CancellationToken.None); // the message's retry
            await check.HandleAsync(owed, retried: true, CancellationToken.None); // and a second worker's copy
        }

        Assert.Contains(HoldLabel, ar.Labels);
        Assert.Single(ar.BotNotes(), n => n.Body?.Contains("On hold: no free Salesforce seat.", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task APersonWhoRemovedTheHoldBefore_IsNotOverruled_ByTheNextPickup()
    {
        var ar = Ar(240, Ars.ActionNeeded, Wednesday.AddDays(-2));
        GitLab.AddLabelEvent(ar, FakeGitLab.BotUsername, HoldLabel, "add", Wednesday.AddDays(-2));
        GitLab.AddLabelEvent(ar, "jdoe", HoldLabel, "remove", Wednesday.AddDays(-1)); // "we have a seat for this one"
        GitLab.WebhookUrl = Host.WebhookUrl;
        GitLab.WebhookSecret = WorkerHost.WebhookSecret;

        await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe")); // every seat still taken in Salesforce
        await Host.IdleAsync(GitLab);

        Assert.Contains(Ars.InProgress, ar.Labels);
        Assert.DoesNotContain(HoldLabel, ar.Labels);
        Assert.Contains(Host.Logs.Messages, m => m.Contains("a person removed its SFDC hold before: not held again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AWaitingArWhosePeopleHaveUsersNow_IsReleased_WithTheTrueCounts_EvenWithNoSeatFree()
    {
        var ar = Ar(250, Ars.OnHold, Wednesday.AddDays(-2));
        ar.Description = "Name: Leaver One\nEmail: leaver.one@acme.example\n\n#### Sales to-do:\n* [ ] Salesforce: Account Executive profile\n\ncc @amber @meri";
        ar.Labels.Add(HoldLabel);
        GitLab.AddLabelEvent(ar, FakeGitLab.BotUsername, HoldLabel, "add", Wednesday.AddDays(-2)); // someone gave them a user meanwhile

        await SweepAndSettleAsync();

        Assert.DoesNotContain(HoldLabel, ar.Labels);
        Assert.Contains(ar.BotNotes().Select(n => n.Body ?? ""), n => n.Contains("Every person on this AR has a Salesforce user now, so it needs no seat (`Salesforce`: 250 of 250 used): resumed, first in line since 23 Nov.", StringComparison.Ordinal));
    }

    public static TheoryData<string, string> Faults => new()
    {
        { "down", "Unavailable" },
        { "limit", "LimitExceeded" },
        { "malformed", "BadAnswer" },
        { "session", "SessionRefused" },
        { "nonsense", "" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task OnAFault_NothingIsHeldOrReleased_TheWorkflowGoesOn_AndEachKindIsSaidOnce(string fault, string kind)
    {
        var waiting = Ar(210, Ars.OnHold, Wednesday.AddDays(-2));
        waiting.Labels.Add(HoldLabel);
        GitLab.AddLabelEvent(waiting, FakeGitLab.BotUsername, HoldLabel, "add", Wednesday.AddDays(-2));
        _salesforce.Licence("Salesforce").Used = 249; // one seat free: the waiting AR would be released, a pickup held
        switch (fault)
        {
            case "down": _salesforce.FailNext([.. Enumerable.Repeat(503, 20)]); break;
            case "limit": _salesforce.SpentByOthers(_salesforce.ApiMax); break; // the company's other integrations spent it
            case "malformed": _salesforce.AnswerMalformed = true; break;
            case "session": _salesforce.FailNext([.. Enumerable.Repeat(401, 20)]); break; // refused again after a fresh sign-in
            default: _salesforce.Licence("Salesforce").Used = 260; break; // used above total
        }

        var picked = await PickedUpAsync(211, Wednesday);
        await SweepAndSettleAsync();
        await SweepAndSettleAsync();

        Assert.Contains(HoldLabel, waiting.Labels);
        Assert.Contains(Ars.InProgress, picked.Labels); // the pickup went through as without the connector
        Assert.DoesNotContain(HoldLabel, picked.Labels);
        if (kind.Length > 0)
        {
            Assert.Single(Host.Logs.Messages, m => m.StartsWith($"Salesforce not read ({kind})", StringComparison.Ordinal));
            Assert.Contains($"the last read failed: {kind}: ", await PageAsync("/status"), StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("counts that make no sense (260 used of 250): nothing is decided on them", await PageAsync("/status"), StringComparison.Ordinal);
        }
    }

    private async Task<string> PageAsync(string path)
    {
        using var http = new HttpClient { BaseAddress = Host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        using var response = await http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
