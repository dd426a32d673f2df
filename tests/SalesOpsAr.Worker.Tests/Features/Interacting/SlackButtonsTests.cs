using System.Net;
using System.Text;
using SalesOpsAr.Worker.Tests.Infrastructure;
using static SalesOpsAr.Simulation.Ars;

namespace SalesOpsAr.Worker.Tests.Features.Interacting;

/// <summary>
/// Acting from Slack (#25), on the stateful GitLab fake and a fake Slack that keeps what is posted to the clicks'
/// response_url: the buttons on the nudges, the endpoint's refusals (no GitLab call on any), take, a double take,
/// snooze honoured by the next sweep and after a restart, someone outside the team, an AR closed meanwhile.
/// </summary>
public sealed class SlackButtonsTests : SweepFixture
{
    private const string Secret = "slack-signing-secret-0123456789abcdef";
    private static readonly DateTimeOffset Monday = Wednesday.AddDays(-2).AddHours(-1);

    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["Notifications:Slack:SigningSecret"] = Secret;
        settings["Notifications:Slack:Users:U0JDOE"] = "jdoe";
        settings["Notifications:Slack:Users:U0KSMITH"] = "ksmith";
        settings["Notifications:Slack:Users:U0REQ"] = "requester";
        settings["Notifications:Slack:ResponseHosts:0"] = "localhost"; // the fake Slack's response_url, on loopback (hooks.slack.com stays allowed)
        settings["Notifications:Slack:BotToken"] = FakeSlack.BotToken; // a clicker not mapped is looked up by e-mail
        settings["Notifications:Slack:ApiUrl"] = Slack.ApiUrl;
        settings["Reconciler:ArInterval"] = "00:00:00";
        settings["GitLab:MaxRetries"] = "0";
        settings["Assistant:Enabled"] = "true"; // a pickup from Slack posts the runbook note as any pickup does
        return settings;
    }

    private HttpClient Http() => new() { BaseAddress = Host.BaseAddress };

    private async Task<HttpStatusCode> ClickAsync(string user, string action, FakeIssue ar, string? trigger = null)
    {
        using var http = Http();
        using var request = Slack.Click(new Uri(Host.BaseAddress, "/slack/interactions"), Secret, Clock.GetUtcNow(), user, action, $"4242#{ar.Iid}", trigger);
        using var answer = await http.SendAsync(request);
        await Host.IdleAsync(GitLab);
        return answer.StatusCode;
    }

    private FakeIssue Unassigned(long iid = 101)
    {
        var ar = Ar(iid, ActionNeeded, Monday);
        GitLab.WebhookUrl = Host.WebhookUrl;
        GitLab.WebhookSecret = WorkerHost.WebhookSecret;
        return ar;
    }

    [Fact]
    public async Task TheNudges_CarryTakeSnoozeAndOpen_ValuesOnlyTheArsIds()
    {
        Unassigned();

        await SweepAsync();

        var blocks = Assert.Single(Slack.Bodies)["blocks"]!.AsArray();
        var buttons = blocks.Where(b => b!["type"]!.GetValue<string>() == "actions").SelectMany(b => b!["elements"]!.AsArray()).ToList();
        Assert.Equal(["take", "snooze", "open"], buttons.Select(b => b!["action_id"]!.GetValue<string>()));
        Assert.All(buttons, b => Assert.Equal("4242#101", b!["value"]!.GetValue<string>()));
        Assert.Equal("Snooze 1 business day", buttons[1]!["text"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Take_AssignsTheClicker_MovesTheArInProgress_AndSaysWhoTookIt()
    {
        var ar = Unassigned();

        Assert.Equal(HttpStatusCode.OK, await ClickAsync("U0JDOE", "take", ar));

        Assert.Equal(["jdoe"], ar.Assignees);
        Assert.Contains(InProgress, ar.Labels);
        Assert.Single(ar.BotNotes(), n => n.Body!.Contains("**Sales Ops AR bot:** @jdoe took this from Slack.", StringComparison.Ordinal));
        Assert.Single(ar.BotNotes(), n => n.Body!.Contains("— runbook**", StringComparison.Ordinal));
        var update = Assert.Single(Slack.Responses);
        Assert.True(update["replace_original"]!.GetValue<bool>());
        Assert.Equal("#101 was taken by jdoe in GitLab.", update["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task TwoPeopleTakingAtOnce_OneWins_OneNote_TheOtherIsTold()
    {
        var ar = Unassigned();
        using var http = Http();
        using var jdoe = Slack.Click(new Uri(Host.BaseAddress, "/slack/interactions"), Secret, Clock.GetUtcNow(), "U0JDOE", "take", "4242#101");
        using var ksmith = Slack.Click(new Uri(Host.BaseAddress, "/slack/interactions"), Secret, Clock.GetUtcNow(), "U0KSMITH", "take", "4242#101");

        var answers = await Task.WhenAll(http.SendAsync(jdoe), http.SendAsync(ksmith));
        await Host.IdleAsync(GitLab);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var taker = Assert.Single(ar.Assignees);
        Assert.Single(ar.BotNotes(), n => n.Body!.Contains("took this from Slack.", StringComparison.Ordinal));
        var other = taker == "jdoe" ? "ksmith" : "jdoe";
        Assert.Contains(Slack.Responses, r => r["text"]!.GetValue<string>() == $"#101 is already taken by {taker}; nothing changed." && r["response_type"]?.GetValue<string>() == "ephemeral");
        Assert.DoesNotContain(Slack.Responses, r => r["text"]!.GetValue<string>().Contains($"taken by {other} in GitLab", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASnooze_HoldsTheNudges_AtTheNextSweep_AndAfterARestart_UntilItEnds()
    {
        var ar = Unassigned();
        Assert.Equal(HttpStatusCode.OK, await ClickAsync("U0JDOE", "snooze", ar));
        Assert.Contains("snoozed this AR's nudges from Slack until Thu 26 Nov 10:00", Assert.Single(ar.BotNotes()).Body, StringComparison.Ordinal);
        Assert.Equal("#101 snoozed by jdoe until Thu 26 Nov 10:00: no nudge about it before then.", Assert.Single(Slack.Responses)["text"]!.GetValue<string>());

        await SweepAsync();
        Assert.Empty(Slack.Bodies);

        await RestartAsync();
        await SweepAsync();
        Assert.Empty(Slack.Bodies);

        Clock.Advance(TimeSpan.FromDays(1).Add(TimeSpan.FromMinutes(1)));
        await SweepAsync();
        Assert.Contains("#101", Assert.Single(Slack.Messages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneOutsideTheTeam_IsToldOnlyTheTeamCan_AndNothingChanges()
    {
        var ar = Unassigned();
        var calls = GitLab.Calls(ar).Count;

        await ClickAsync("U0REQ", "take", ar);
        await ClickAsync("U0NOBODY", "take", ar);

        Assert.Empty(ar.Assignees);
        Assert.Empty(ar.BotNotes());
        Assert.Equal(calls, GitLab.Calls(ar).Count);
        Assert.Equal("Only the Sales Ops team can take ARs; nothing changed.", Slack.Responses[0]["text"]!.GetValue<string>());
        Assert.Equal("ephemeral", Slack.Responses[0]["response_type"]!.GetValue<string>());
        Assert.StartsWith("Your Slack account is not linked to a GitLab user", Slack.Responses[1]["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClickerNotMapped_IsFoundByTheirEmail_InSlackThenGitLab_OnceAnHour()
    {
        var ar = Unassigned();
        Slack.Emails["U0MAIL"] = "ksmith@acme.example";
        GitLab.PublicEmails["ksmith@acme.example"] = "ksmith";

        await ClickAsync("U0MAIL", "snooze", ar);
        await ClickAsync("U0MAIL", "take", ar);

        Assert.Equal(["ksmith"], ar.Assignees);
        Assert.Equal(1, Slack.UserLookups); // kept for an hour
    }

    [Fact]
    public async Task AClickerWhoseEmailGitLabDoesNotKnow_IsNotLinked_AndNothingChanges()
    {
        var ar = Unassigned();
        Slack.Emails["U0STRANGER"] = "stranger@elsewhere.example";

        await ClickAsync("U0STRANGER", "take", ar);

        Assert.Empty(ar.Assignees);
        Assert.StartsWith("Your Slack account is not linked to a GitLab user", Assert.Single(Slack.Responses)["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClickOnAnArClosedMeanwhile_ChangesNothing()
    {
        var ar = Unassigned();
        ar.State = "closed";

        await ClickAsync("U0JDOE", "take", ar);

        Assert.Empty(ar.Assignees);
        Assert.Empty(ar.BotNotes());
        Assert.Equal("#101 was closed meanwhile; nothing changed.", Assert.Single(Slack.Responses)["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task ARedeliveredClick_DoesNothingTwice()
    {
        var ar = Unassigned();

        await ClickAsync("U0JDOE", "snooze", ar, trigger: "1234.5678.abcd");
        await ClickAsync("U0JDOE", "snooze", ar, trigger: "1234.5678.abcd");

        Assert.Single(ar.BotNotes());
    }

    [Fact]
    public async Task EveryRefusal_HasItsExactAnswer_AndNoGitLabCall()
    {
        var ar = Unassigned();
        var url = new Uri(Host.BaseAddress, "/slack/interactions");
        using var http = Http();
        var calls = GitLab.Calls().Count;

        async Task<HttpStatusCode> SendAsync(Action<HttpRequestMessage> spoil)
        {
            using var request = Slack.Click(url, Secret, Clock.GetUtcNow(), "U0JDOE", "take", "4242#101");
            spoil(request);
            using var answer = await http.SendAsync(request);
            return answer.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(r => { r.Headers.Remove("X-Slack-Signature"); r.Headers.Add("X-Slack-Signature", "v0=" + new string('a', 64)); }));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(r => r.Headers.Remove("X-Slack-Signature")));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(r => r.Headers.Remove("X-Slack-Request-Timestamp")));
        using (var old = Slack.Click(url, Secret, Clock.GetUtcNow().AddMinutes(-6), "U0JDOE", "take", "4242#101"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(old)).StatusCode);
        }

        using (var altered = Slack.Click(url, Secret, Clock.GetUtcNow(), "U0JDOE", "take", "4242#101"))
        {
            var bytes = await altered.Content!.ReadAsByteArrayAsync();
            bytes[^1] ^= 1;
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = altered.Content.Headers.ContentType;
            altered.Content = content;
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(altered)).StatusCode);
        }

        using (var big = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(new byte[300 * 1024]) })
        {
            big.Content.Headers.ContentType = new("application/x-www-form-urlencoded");
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await http.SendAsync(big)).StatusCode);
        }

        var stamp = Clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var garbage = Encoding.UTF8.GetBytes("payload=%7Bnot-json");
        using (var malformed = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(garbage) })
        {
            malformed.Headers.Add("X-Slack-Request-Timestamp", stamp);
            malformed.Headers.Add("X-Slack-Signature", FakeSlack.Signature(garbage, stamp, Secret));
            Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(malformed)).StatusCode);
        }

        await Host.IdleAsync(GitLab);
        Assert.Equal(calls, GitLab.Calls().Count);
        Assert.Empty(ar.Assignees);
        Assert.Empty(Slack.Responses);
    }
}
