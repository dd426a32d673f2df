using Microsoft.Extensions.DependencyInjection;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Provisioning;

/// <summary>
/// Provisioning on a person's word, then verification (#24), on the stateful GitLab, Salesforce and SCIM fakes: the plan
/// on pickup, <c>provision salesforce</c> and <c>provision datafox</c> creating each person once whatever is retried,
/// <c>verify</c>, the check before auto-completion, who may, and every fault and hostile input the issue lists.
/// </summary>
public sealed class ProvisioningTests : SweepFixture, IDisposable
{
    private const string Bot = "@" + FakeGitLab.BotUsername;
    private const string SlackSecret = "slack-signing-secret-0123456789abcdef";

    private const string TwoPeople = """
        ## Access for two new Account Executives

        | Name | Email | Title | Region |
        |---|---|---|---|
        | Jane Doe | jane.doe@acme.example | Account Executive | EMEA |
        | Omar Haddad | omar.haddad@acme.example | Account Executive | EMEA |

        #### Sales to-do:
        * [ ] Salesforce: Account Executive profile
        * [ ] DataFox: user

        cc @amber @meri
        """;

    private readonly FakeSalesforce _salesforce = new();
    private readonly FakeScim _scim = new();
    private readonly SalesforceSettings _connector;

    public ProvisioningTests()
    {
        _connector = new SalesforceSettings(_salesforce);
        _salesforce.Clock = Clock;
        _scim.Clock = Clock;
    }

    public void Dispose()
    {
        _connector.Dispose();
        _salesforce.Dispose();
        _scim.Dispose();
    }

    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["Salesforce:HoldOnPickup"] = "false";
        settings["Assistant:Enabled"] = "true"; // the service's default: the plan is in the runbook note
        settings["GitLab:MaxRetries"] = "0";
        settings["Reconciler:ArInterval"] = "00:00:00"; // a command's event and a verification's read of one AR follow at once on the fake clock
        settings["Scim:Systems:DataFox:Url"] = _scim.Url;
        settings["Scim:Systems:DataFox:Token"] = FakeScim.Token;
        settings["Scim:AllowHttp"] = "true";
        settings["Scim:MaxRetries"] = "0";
        settings["Provisioning:Regions:EMEA:TimeZone"] = "Europe/London";
        settings["Provisioning:Regions:EMEA:Locale"] = "en_GB";
        settings["Provisioning:Roles:Account Executive"] = "AE - EMEA";
        settings["Notifications:Slack:SigningSecret"] = SlackSecret; // the Slack buttons (#25): Provision is one of them
        settings["Notifications:Slack:Users:U0JDOE"] = "jdoe";
        settings["Notifications:Slack:ResponseHosts:0"] = "localhost";
        return _connector.Apply(settings);
    }

    private FakeIssue TwoPersonAr(long iid = 301, string description = TwoPeople, bool pickedUp = true)
    {
        GitLab.WebhookUrl = Host.WebhookUrl;
        GitLab.WebhookSecret = WorkerHost.WebhookSecret;
        var ar = GitLab.AddIssue(4242, iid, description, labels: [pickedUp ? Ars.InProgress : Ars.ActionNeeded], assignees: pickedUp ? ["jdoe"] : []);
        ar.Title = "Two AEs: Salesforce, DataFox";
        ar.CreatedAt = Wednesday.AddHours(-2);
        GitLab.AddLabelEvent(ar, FakeGitLab.BotUsername, Ars.InProgress, "add", Wednesday.AddHours(-1));
        return ar;
    }

    private async Task SayAsync(FakeIssue ar, string person, string command)
    {
        await GitLab.PersonCommentsAsync(ar, person, command);
        await Host.IdleAsync(GitLab);
    }

    private static IReadOnlyList<string> Notes(FakeIssue ar, string containing) =>
        [.. ar.BotNotes().Select(n => n.Body ?? "").Where(n => n.Contains(containing, StringComparison.Ordinal))];

    [Fact]
    public async Task OnPickup_TheRunbookNoteShowsThePlan_WithWhoHasAUserAlready()
    {
        _salesforce.AddUser("Jane Doe"); // jane.doe@acme.example, active
        var ar = TwoPersonAr(pickedUp: false);

        await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe"));
        await Host.IdleAsync(GitLab);

        var runbook = Assert.Single(Notes(ar, "**Salesforce users to create**"));
        Assert.Contains("| `Jane Doe` | `jane.doe@acme.example` | `Jane` | `Doe` | `jdoe` | `Account Executive` | `AE - EMEA` | `Europe/London` | `en_GB` | has an active user |", runbook, StringComparison.Ordinal);
        Assert.Contains("| `Omar Haddad` | `omar.haddad@acme.example` | `Omar` | `Haddad` | `ohaddad` | `Account Executive` | `AE - EMEA` | `Europe/London` | `en_GB` | ready |", runbook, StringComparison.Ordinal);
        Assert.Equal(0, _salesforce.CreateCalls); // a plan, nothing created
    }

    [Fact]
    public async Task ProvisionSalesforce_CreatesBoth_InOneCall_AndAnswersInOneNote_WithTheirLinks()
    {
        var ar = TwoPersonAr();

        await SayAsync(ar, "jdoe", $"{Bot} provision salesforce");

        Assert.Equal(1, _salesforce.CreateCalls);
        var created = _salesforce.Users().Where(u => u.Email.EndsWith("@acme.example", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Jane Doe", "Omar Haddad"], created.Select(u => u.Name).Order());
        Assert.All(created, u => Assert.Equal("Account Executive", u.Profile));
        var note = Assert.Single(Notes(ar, "**Salesforce users**"));
        Assert.Contains("provisioned as `jdoe` asked: 2 created.", note, StringComparison.Ordinal);
        Assert.Contains($"| `Jane Doe` | `jane.doe@acme.example` | ✓ created ([open]({_salesforce.Url}/{created.Single(u => u.Name == "Jane Doe").Id})) |", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARedeliveredCommand_AndASecondCommand_CreateNobodyTwice()
    {
        var ar = TwoPersonAr();
        await SayAsync(ar, "jdoe", $"{Bot} provision salesforce");
        var command = ar.NotesNow().Last(n => n.Author == "jdoe");

        await GitLab.DeliverAsync(IssueHookPayload.Note(ar, "jdoe", command.Body!, command.Id), "Confidential Note Hook"); // GitLab's retry: a new delivery of the same note
        await Host.IdleAsync(GitLab);
        Assert.Single(Notes(ar, "**Salesforce users**")); // the answer is found by its key: nothing done again

        await SayAsync(ar, "ksmith", $"{Bot} provision salesforce"); // a second person, a second command
        Assert.Equal(1, _salesforce.CreateCalls);
        Assert.Equal(2, _salesforce.Users().Count);
        Assert.Contains("provisioned as `ksmith` asked: 2 already there.", Notes(ar, "**Salesforce users**")[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProvisionFor_OnePerson_CreatesThatOneOnly()
    {
        var ar = TwoPersonAr();

        await SayAsync(ar, "jdoe", $"{Bot} provision salesforce for omar.haddad@acme.example");

        Assert.Equal(["Omar Haddad"], _salesforce.Users().Select(u => u.Name));
        Assert.Contains("1 created.", Assert.Single(Notes(ar, "**Salesforce users**")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInactiveUser_IsReactivated_NotCreatedAgain()
    {
        var jane = _salesforce.AddUser("Jane Doe", active: false);
        var ar = TwoPersonAr();

        await SayAsync(ar, "jdoe", $"{Bot} provision salesforce");

        Assert.True(_salesforce.Users().Single(u => u.Id == jane.Id).IsActive);
        Assert.Equal(1, _salesforce.UpdateCalls);
        Assert.Equal(2, _salesforce.Users().Count);
        Assert.Contains("1 created, 1 reactivated.", Assert.Single(Notes(ar, "**Salesforce users**")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HalfABatchRefused_SaysWhyInWords_AndCreatesTheOtherHalf()
    {
        _salesforce.TakenElsewhere.Add("jane.doe@acme.example");
        var ar = TwoPersonAr();

        await SayAsync(ar, "jdoe", $"{Bot} provision salesforce");

        Assert.Equal(["Omar Haddad"], _salesforce.Users().Select(u => u.Name));
        var note = Assert.Single(Notes(ar, "**Salesforce users**"));
        Assert.Contains("1 created, 1 refused.", note, StringComparison.Ordinal);
        Assert.Contains("✗ refused: the username is taken, in this org or another (Salesforce usernames are unique across all orgs)", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoSeat_IsSaid_AndTheArGoesOnHold_ThroughTheLicenceRules()
    {
        _salesforce.Licence("Salesforce").Used = 249; // one seat for two people
        var ar = TwoPersonAr();

        await SayAsync(ar, "jdoe", $"{Bot} provision salesforce");

        var note = Assert.Single(Notes(ar, "**Salesforce users**"));
        Assert.Contains("1 created, 1 without a seat.", note, StringComparison.Ordinal);
        Assert.Contains("✗ no free seat: Salesforce has no free seat of this profile's licence (LICENSE\\_LIMIT\\_EXCEEDED)", note, StringComparison.Ordinal);
        Assert.Contains(Ars.HoldReason, ar.Labels);
        Assert.Contains(Ars.OnHold, ar.Labels);
        Assert.DoesNotContain(Ars.InProgress, ar.Labels);
    }

    [Fact]
    public async Task ATimeoutAfterSalesforceCreatedTheUsers_IsLookedUp_NotCreatedAgain()
    {
        _salesforce.TimeOutAfterCreating = true;
        var ar = TwoPersonAr();

        await SayAsync(ar, "jdoe", $"{Bot} provision salesforce");

        Assert.Equal(1, _salesforce.CreateCalls);
        Assert.Equal(2, _salesforce.Users().Count);
        Assert.Contains("2 created.", Assert.Single(Notes(ar, "**Salesforce users**")), StringComparison.Ordinal); // what exists now was made by the lost call

        await SayAsync(ar, "jdoe", $"{Bot} provision salesforce");
        Assert.Equal(1, _salesforce.CreateCalls);
        Assert.Contains("2 already there.", Notes(ar, "**Salesforce users**")[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATokenExpiringMidBatch_SignsInOnce_AndCreatesEachOnce()
    {
        var people = string.Join('\n', Enumerable.Range(0, 250).Select(i => $"| Person{i} Bulk | p{i}@acme.example | Account Executive | EMEA |"));
        var ar = TwoPersonAr(description: TwoPeople.Replace("| Omar Haddad | omar.haddad@acme.example | Account Executive | EMEA |", people, StringComparison.Ordinal));
        _salesforce.Licence("Salesforce").Total = 1000;
        _salesforce.ExpireSessionsAtCreateAttempt = 2; // the session ends between the batch's two create calls

        await SayAsync(ar, "jdoe", $"{Bot} provision salesforce");

        Assert.Equal(2, _salesforce.SignIns); // the first, and one fresh one mid-batch
        Assert.Equal(2, _salesforce.CreateCalls); // 200 + 51: the refused call saved nothing and was sent once more
        Assert.Equal(251, _salesforce.Users().Count);
        Assert.Equal(251, _salesforce.Users().Select(u => u.Username).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains("251 created.", Assert.Single(Notes(ar, "**Salesforce users**")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProvisionDataFox_CreatesBothThroughScim_AndNothingTwiceAfterARetry()
    {
        var ar = TwoPersonAr();

        await SayAsync(ar, "jdoe", $"{Bot} provision datafox");
        var command = ar.NotesNow().Last(n => n.Author == "jdoe");
        await GitLab.DeliverAsync(IssueHookPayload.Note(ar, "jdoe", command.Body!, command.Id), "Confidential Note Hook");
        await Host.IdleAsync(GitLab);
        await SayAsync(ar, "jdoe", $"{Bot} provision DataFox");

        Assert.Equal(["jane.doe@acme.example", "omar.haddad@acme.example"], _scim.Users().Select(u => u.UserName).Order());
        Assert.Equal(2, _scim.Writes);
        var notes = Notes(ar, "**DataFox users**");
        Assert.Equal(2, notes.Count);
        Assert.Contains("2 created.", notes[0], StringComparison.Ordinal);
        Assert.Contains("2 already there.", notes[1], StringComparison.Ordinal);
        Assert.Equal(0, _salesforce.DataCalls);
    }

    [Fact]
    public async Task Scim_AnInactiveUserChangedMeanwhile_IsActivatedAfterItsFreshRead_On412()
    {
        _scim.AddUser("jane.doe@acme.example", active: false);
        var ar = TwoPersonAr();
        _scim.ChangeBeforeNextPatch = true; // someone changes Jane between the bot's look-up and its patch: its If-Match is stale

        await SayAsync(ar, "jdoe", $"{Bot} provision datafox");

        Assert.Contains(_scim.Calls(), c => c.StartsWith("PATCH ", StringComparison.Ordinal));
        Assert.Equal(2, _scim.Calls().Count(c => c.StartsWith("PATCH ", StringComparison.Ordinal))); // 412, then the fresh version
        Assert.True(_scim.Users().Single(u => u.UserName == "jane.doe@acme.example").Active);
        Assert.Contains("1 created, 1 reactivated.", Assert.Single(Notes(ar, "**DataFox users**")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scim_A500_IsSaid_TheRestNotTried_AndASecondCommandFinishes()
    {
        var ar = TwoPersonAr();
        _scim.FailNext(500);

        await SayAsync(ar, "jdoe", $"{Bot} provision datafox");

        var first = Assert.Single(Notes(ar, "**DataFox users**"));
        Assert.Contains("2 failed.", first, StringComparison.Ordinal);
        Assert.Contains("DataFox's SCIM service answered 500", first, StringComparison.Ordinal);
        Assert.Contains("say the command again", first, StringComparison.Ordinal);
        Assert.Empty(_scim.Users());

        await SayAsync(ar, "jdoe", $"{Bot} provision datafox");
        Assert.Equal(2, _scim.Users().Count);
    }

    [Fact]
    public async Task Verify_ShowsPresentForBoth_AfterProvisioningBoth()
    {
        var ar = TwoPersonAr();
        await SayAsync(ar, "jdoe", $"{Bot} provision salesforce");
        await SayAsync(ar, "jdoe", $"{Bot} provision datafox");

        await SayAsync(ar, "jdoe", $"{Bot} verify");

        var note = Assert.Single(Notes(ar, "**Verified**"));
        Assert.Contains("| Person | Salesforce | DataFox |", note, StringComparison.Ordinal);
        Assert.Contains("| `Jane Doe` | ✓ | ✓ |", note, StringComparison.Ordinal);
        Assert.Contains("| `Omar Haddad` | ✓ | ✓ |", note, StringComparison.Ordinal);
        Assert.DoesNotContain("Something is missing", note, StringComparison.Ordinal);
        Assert.StartsWith("<!-- salesops-ar-bot verify key=cmd-", note, StringComparison.Ordinal);
        Assert.Contains(" complete -->", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllTasksTicked_WithAnAccountMissing_IsNotCompleted_UntilAVerificationFindsEverything()
    {
        var ar = TwoPersonAr();
        await SayAsync(ar, "jdoe", $"{Bot} provision salesforce");

        await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Description = Ars.Ticked(i.Description!));
        await Host.IdleAsync(GitLab);

        Assert.Contains(Ars.InProgress, ar.Labels);
        Assert.DoesNotContain(Ars.Completed, ar.Labels);
        var verified = Assert.Single(Notes(ar, "**Verified** before completing"));
        Assert.Contains("| `Jane Doe` | ✓ | ✗ no user |", verified, StringComparison.Ordinal);
        Assert.Contains("the bot does **not** mark this AR Completed", verified, StringComparison.Ordinal);

        await SweepAsync(); // the sweep does not verify again, nor complete it
        await Host.IdleAsync(GitLab);
        Assert.Single(Notes(ar, "**Verified**"));
        Assert.DoesNotContain(Ars.Completed, ar.Labels);

        await SayAsync(ar, "jdoe", $"{Bot} provision datafox");
        await SayAsync(ar, "jdoe", $"{Bot} verify");

        Assert.Contains(Ars.Completed, ar.Labels);
        Assert.DoesNotContain(Ars.InProgress, ar.Labels);
    }

    [Fact]
    public async Task APersonsCompletedLabel_StillWins_OverAMissingAccount()
    {
        var ar = TwoPersonAr();
        await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Description = Ars.Ticked(i.Description!));
        await Host.IdleAsync(GitLab);
        Assert.DoesNotContain(Ars.Completed, ar.Labels);

        await GitLab.PersonEditsAsync(ar, "jdoe", i => { i.Labels.Remove(Ars.InProgress); i.Labels.Add(Ars.Completed); });
        await Host.IdleAsync(GitLab);

        Assert.Contains(Ars.Completed, ar.Labels);
        Assert.Single(Notes(ar, "**Verified**"));
    }

    [Fact]
    public async Task ProvisionFromSlack_IsTheCommand_ForEachConnectedSystemTheArAsks_ByTheClicker()
    {
        var ar = TwoPersonAr();
        using var http = new HttpClient { BaseAddress = Host.BaseAddress };
        using var click = Slack.Click(new Uri(Host.BaseAddress, "/slack/interactions"), SlackSecret, Clock.GetUtcNow(), "U0JDOE", "provision", $"4242#{ar.Iid}");

        using var answer = await http.SendAsync(click);
        await Host.IdleAsync(GitLab);

        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("provisioned as `jdoe` asked: 2 created.", Assert.Single(Notes(ar, "**Salesforce users**")), StringComparison.Ordinal);
        Assert.Contains("provisioned as `jdoe` asked: 2 created.", Assert.Single(Notes(ar, "**DataFox users**")), StringComparison.Ordinal);
        Assert.Equal("jdoe asked the bot to provision Salesforce, DataFox for #301: the answer comes as a note on the AR.", Assert.Single(Slack.Responses)["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task AStaleArsNudge_OffersProvision_WhereProvisioningIsOn()
    {
        Ar(310, Ars.InProgress, new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.Zero), "jdoe");

        await SweepAsync();

        var buttons = Assert.Single(Slack.Bodies)["blocks"]!.AsArray().Where(b => b!["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b!["elements"]!.AsArray()).Select(b => b!["action_id"]!.GetValue<string>());
        Assert.Equal(["take", "snooze", "open", "provision"], buttons);
    }

    [Fact]
    public async Task SomeoneOutsideTheTeam_GetsOneShortNote_AndNothingHappens()
    {
        var ar = TwoPersonAr();

        await SayAsync(ar, "requester", $"{Bot} provision salesforce");
        var command = ar.NotesNow().Last(n => n.Author == "requester");
        await GitLab.DeliverAsync(IssueHookPayload.Note(ar, "requester", command.Body!, command.Id), "Confidential Note Hook");
        await Host.IdleAsync(GitLab);

        var answer = Assert.Single(Notes(ar, "can ask the bot to provision"));
        Assert.Contains("Only the Sales Ops team (`jdoe`, `ksmith`) and the provisioning DRIs (`amber`, `meri`) can ask the bot to provision; `requester` is neither, so nothing was done.", answer, StringComparison.Ordinal);
        Assert.Equal(0, _salesforce.DataCalls);
        Assert.Empty(_salesforce.Users());
    }

    [Fact]
    public async Task OnAClosedAr_NothingIsProvisioned()
    {
        var ar = TwoPersonAr();
        ar.State = "closed";

        await SayAsync(ar, "jdoe", $"{Bot} provision salesforce"); // the receiver drops a closed AR's events: no GitLab call at all

        Assert.Empty(ar.BotNotes());
        Assert.Equal(0, _salesforce.DataCalls);
    }

    [Fact]
    public async Task AnArClosedBetweenTheCommandAndItsTurn_IsAnsweredAndNotProvisioned()
    {
        var ar = TwoPersonAr();
        ar.State = "closed";

        await Host.Services.GetRequiredService<SalesOpsAr.Worker.Features.Provisioning.CommandRunner>().HandleAsync(
            new SalesOpsAr.Worker.Contracts.CommandOwed { ProjectId = 4242, Iid = ar.Iid, Command = "provision salesforce", By = "jdoe", Key = "cmd-9-0" }, retried: false, CancellationToken.None);

        Assert.Single(Notes(ar, "This AR is closed: the bot does not provision anything on it. Reopen it first."));
        Assert.Equal(0, _salesforce.DataCalls);
    }

    [Fact]
    public async Task AnArTakenOffTheWorkflowBeforeItsTurn_IsNotProvisioned()
    {
        var ar = TwoPersonAr();
        ar.Labels.Add("SalesOpsAR::Not Needed");

        await Host.Services.GetRequiredService<SalesOpsAr.Worker.Features.Provisioning.CommandRunner>().HandleAsync(
            new SalesOpsAr.Worker.Contracts.CommandOwed { ProjectId = 4242, Iid = ar.Iid, Command = "provision salesforce", By = "jdoe", Key = "cmd-8-0" }, retried: false, CancellationToken.None);

        Assert.Empty(ar.BotNotes());
        Assert.Equal(0, _salesforce.DataCalls);
        Assert.Contains(Host.Logs.Messages, m => m.Contains("not a Sales Ops AR on the workflow", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASystemWithoutAConnector_KeepsItsChecklist()
    {
        var ar = TwoPersonAr(description: TwoPeople.Replace("* [ ] DataFox: user", "* [ ] Chorus: recorder licence", StringComparison.Ordinal));

        await SayAsync(ar, "jdoe", $"{Bot} provision chorus");
        await SayAsync(ar, "jdoe", $"{Bot} provision clari");

        Assert.Single(Notes(ar, "Chorus has no connector here (no write API, or none configured), so the bot cannot provision it: its checklist in the runbook note stays with you."));
        Assert.Single(Notes(ar, "This AR asks for no `clari` access, so the bot provisions nothing there."));
        Assert.Empty(_scim.Users());
    }

    [Fact]
    public async Task HostileAText_IsNeverSentUnchecked_NorRenderedLive()
    {
        var longName = new string('a', 10_000);
        var ar = TwoPersonAr(description: $"""
            | Name | Email | Title |
            |---|---|---|
            | /close @all | quick@acme.example | Account Executive |
            | <script>alert(1)</script> Doe | script@acme.example | Account Executive |
            | Long {longName} | long@acme.example | Account Executive |
            | Not Mail | not-an-address | Account Executive |
            | Good Person | good@acme.example | Account Executive |

            #### Sales to-do:
            * [ ] Salesforce: Account Executive profile

            cc @amber @meri
            """);

        await SayAsync(ar, "jdoe", $"{Bot} provision salesforce");

        Assert.Equal(["good@acme.example"], _salesforce.Users().Select(u => u.Username)); // only the sane one reached Salesforce
        var note = Assert.Single(Notes(ar, "**Salesforce users**"));
        Assert.Contains("| `<script>alert(1)</script> Doe` | `script@acme.example` | ✗ not ready", note, StringComparison.Ordinal); // as code: shown, never run
        Assert.DoesNotContain("<script>", note.Replace("`<script>alert(1)</script> Doe`", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("| `/close @all` | `quick@acme.example` |", note, StringComparison.Ordinal); // a code span: no quick action, no mention
        Assert.DoesNotContain("\n/close", note, StringComparison.Ordinal);
        Assert.DoesNotContain("@all", note.Replace("`/close @all`", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(longName, note, StringComparison.Ordinal);
        Assert.Contains("the name holds characters no name has", note, StringComparison.Ordinal);
        Assert.Contains("the name is longer than Salesforce takes", note, StringComparison.Ordinal);
        Assert.True(note.Length < 10_000, $"the note is {note.Length} characters");
    }
}
