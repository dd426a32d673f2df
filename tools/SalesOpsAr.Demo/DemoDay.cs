using System.Globalization;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using SalesOpsAr.Simulation;
using SalesOpsAr.Worker.Features.Sweeping;

namespace SalesOpsAr.Demo;

/// <summary>
/// A short scripted day of a Sales Ops team, played against the real service: ARs arrive, one is picked up, held and
/// released, finished; the next morning's sweep nudges about what waits. Everything the simulated GitLab, Slack and
/// mail saw is printed as it happens.
/// </summary>
internal sealed class DemoDay(TextWriter output) : IAsyncDisposable
{
    /// <summary>Monday 23 November 2026, 09:00 UTC (business hours 09–17 UTC).</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private const string TeamAddress = "salesops-team@example.com";

    /// <summary>The status page's password in the demo (any user name).</summary>
    public const string StatusToken = "demo-status-token-0001";
    private const string BulkAr = """
        ## Bulk access request: three Sales Development Representatives, EMEA

        | Name | E-mail | Role |
        |---|---|---|
        | Ana Lima | ana.lima@example.com | SDR |
        | Ben Ode | ben.ode@example.com | SDR |
        | Cleo Park | cleo.park@example.com | SDR |

        #### Sales to-do:
        * [ ] Salesforce: SDR profile for each
        * [ ] Chorus: Role SDR, Team EMEA, License Type Recorder; Send Invites
        * [ ] DataFox: invite as Member
        """;

    private const string JaneAr = """
        ## Baseline entitlements for a new Account Executive

        Name: Jane Doe
        Email: jane.doe@example.com
        Title: Account Executive
        Region: AMER West

        #### Manager to-do:
        * [x] Approve this request

        #### Chorus
        Role: Recorder

        #### Sales to-do:
        * [ ] Salesforce: Account Executive profile
        * [ ] Chorus: recorder seat
        """;

    // Picked up on Friday (its runbook note is there already); today it waits for a Salesforce licence.
    private const string OmarAr = """
        ## Baseline entitlements for a new Solutions Architect

        Name: Omar Haddad
        Email: omar.haddad@example.com
        Title: Solutions Architect
        Region: EMEA

        #### Sales to-do:
        * [ ] Salesforce: Solutions Architect profile

        cc @amber @meri
        """;

    // Picked up today by ksmith when Salesforce has no seat left: the bot holds it, and releases it when a seat frees (#23).
    private const string LenaAr = """
        ## Baseline entitlements for a new Account Executive

        Name: Lena Berg
        Email: lena.berg@example.com
        Title: Account Executive
        Region: EMEA

        #### Sales to-do:
        * [ ] Salesforce: Account Executive profile

        cc @amber @meri
        """;

    // Provisioned last month: what a new Account Executive was given, found by the runbook note as precedent.
    private const string PastAr = """
        Name: Sam Lee
        Title: Account Executive
        Region: AMER East

        #### Chorus
        Role: Recorder
        Team: AMER East
        License Type: Full
        * [x] Chorus: recorder seat
        """;

    private readonly DemoClock _clock = new(Start);
    private readonly FakeGitLab _gitLab = new();
    private readonly FakeSlack _slack = new();
    private readonly FakeSalesforce _salesforce = new();
    private readonly FakeScim _dataFox = new(); // DataFox's users, through an identity service's SCIM 2.0 API (#24)
    private readonly string _salesforceKey = Path.Combine(Path.GetTempPath(), $"salesopsar-demo-{Guid.NewGuid():N}.pem");
    private readonly SmtpSink _smtp = new(forwardToMailDev: MailDevListens());
    private readonly Dictionary<long, (IReadOnlyList<string> Labels, int Notes)> _seen = [];
    private int _slackSeen;
    private int _responsesSeen;
    private const string SlackSecret = "demo-slack-signing-secret-0123456789";
    private int _mailSeen;
    private DemoHost? _host;

    public int LabelChanges { get; private set; }
    public int NotesShown { get; private set; }

    public async Task<int> RunAsync()
    {
        _gitLab.Clock = _clock;
        _salesforce.Clock = _clock; // the JWT's expiry is judged on the demo's clock
        await File.WriteAllTextAsync(_salesforceKey, _salesforce.PrivateKeyPem);
        var leaver = _salesforce.AddUser("Lee Leaver", lastLogin: Start.AddDays(-120)); // left in the summer; still holds a seat
        _salesforce.AddUser("Pat Dormant", lastLogin: Start.AddDays(-200));
        _salesforce.Licence("Salesforce").Used = 249; // the fake counts seats as set: the two above among them
        FakeUsers.SetDisplayName("jdoe", "Jo Doe");
        FakeUsers.SetDisplayName("ksmith", "Kim Smith");
        _host = new DemoHost(Settings(), _clock);
        _gitLab.WebhookUrl = new Uri(_host.BaseAddress, "/webhooks/gitlab");
        _gitLab.WebhookSecret = Settings()["GitLab:WebhookSecret"]!;
        await output.WriteLineAsync($"Service: {_host.BaseAddress} (in-memory queue) · simulated GitLab: {_gitLab.Url} · simulated Slack · e-mail {(_smtp.ForwardsToMailDev ? "printed and delivered to MailDev (http://127.0.0.1:1080)" : "printed (start MailDev with tests/services.sh start to receive it too)")}");
        await output.WriteLineAsync("Team: jdoe, ksmith · provisioning DRIs: amber, meri · business hours Mon–Fri 09:00–17:00 UTC");
        await output.WriteLineAsync($"Simulated Salesforce: {_salesforce.Url} · Salesforce licence 249 of 250 seats used (1 free)");

        var (jane, bulk, away, waiting, held, lena) = Seed();
        await StepAsync(Start.AddMinutes(5), "A new onboarding AR arrives (Salesforce and Chorus for Jane Doe)", () => _gitLab.PersonEditsAsync(jane, "onboarding-bot", _ => { }, action: "open"));
        await StepAsync(Start.AddMinutes(10), "A bulk AR arrives: three SDRs, one table", () => _gitLab.PersonEditsAsync(bulk, "sales-manager", _ => { }, action: "open"));
        await StepAsync(Start.AddMinutes(30), "jdoe picks up Jane's AR (assigns themself)", () => _gitLab.PersonEditsAsync(jane, "jdoe", i => i.Assignees.Add("jdoe")));
        await StepAsync(Start.AddHours(2), "jdoe waits for a Salesforce licence for Omar's AR (#105, picked up on Friday): adds the hold label", () => _gitLab.PersonEditsAsync(held, "jdoe", i => i.Labels.Add(Ars.HoldReason)));
        await StepAsync(Start.AddHours(3), "jdoe asks the bot to create Jane's Salesforce user (it takes the last free seat)", () =>
            _gitLab.PersonCommentsAsync(jane, "jdoe", $"@{FakeGitLab.BotUsername} provision salesforce"));
        await StepAsync(Start.AddHours(3).AddMinutes(30), "ksmith asks the bot to create the bulk AR's three DataFox users", () =>
            _gitLab.PersonCommentsAsync(bulk, "ksmith", $"@{FakeGitLab.BotUsername} provision datafox"));
        await StepAsync(Start.AddHours(3).AddMinutes(45), "ksmith asks the bot what the bulk AR's people have now", () =>
            _gitLab.PersonCommentsAsync(bulk, "ksmith", $"@{FakeGitLab.BotUsername} verify"));
        await StepAsync(Start.AddHours(4), "ksmith picks up Lena's AR (#106): no Salesforce seat is free", () => _gitLab.PersonEditsAsync(lena, "ksmith", i => i.Assignees.Add("ksmith")));
        await StepAsync(Start.AddHours(5), "jdoe ticks all of Sales Ops' tasks on Jane's AR", () => _gitLab.PersonEditsAsync(jane, "jdoe", i => i.Description = Ars.Ticked(i.Description)));
        await StepAsync(Start.AddHours(6), "Omar's licence came: jdoe removes the hold label from #105", () => _gitLab.PersonEditsAsync(held, "jdoe", i => i.Labels.Remove(Ars.HoldReason)));

        _clock.JumpTo(Start.AddHours(7));
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{Time()}  A Salesforce admin deactivates Lee Leaver, who left in the summer: a seat is free (in the simulated Salesforce)");
        _salesforce.Deactivate(leaver);

        _clock.JumpTo(Start.AddDays(1).AddHours(1));
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{Time()}  The next morning's sweep");
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var summary = await scope.ServiceProvider.GetRequiredService<Sweeper>().RunOnceAsync(dryRun: false, CancellationToken.None);
            await output.WriteLineAsync($"          swept {summary.ArsSeen} ARs, flagged {summary.ArsFlagged}");
        }

        await SettleAsync();
        await ShowAsync([jane, bulk, away, waiting, held, lena]);

        // #25: a click on the nudge's button, signed as Slack signs it, does the GitLab work.
        _clock.JumpTo(Start.AddDays(1).AddHours(1).AddMinutes(5));
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{Time()}  jdoe clicks Take it on the Slack nudge about Mia's AR (#104)");
        using (var http = new HttpClient())
        using (var click = _slack.Click(new Uri(_host.BaseAddress, "/slack/interactions"), SlackSecret, _clock.GetUtcNow(), "U0JDOE", "take", "4242#104"))
        using (var answer = await http.SendAsync(click))
        {
            await output.WriteLineAsync($"          click → {(int)answer.StatusCode} {answer.StatusCode}");
        }

        await SettleAsync();
        await ShowAsync([waiting]);

        await output.WriteLineAsync();
        await output.WriteLineAsync($"Summary: {LabelChanges} label changes and {NotesShown} bot notes on {_seen.Count} ARs, {_slack.Messages.Count} Slack messages, {_smtp.Messages.Count} e-mails; {_gitLab.Calls().Count} GitLab API calls.");
        await output.WriteLineAsync($"Board: the status page showed it at {new Uri(_host.BaseAddress, "/status")} (user demo, password {StatusToken}), {NotesShown} notes and all.");
        await output.WriteLineAsync($"Salesforce: {_salesforce.DataCalls} API calls (a pickup's check 1 and its plan's look-up 1, a command's look-ups and create, a verification's look-up, a sweep's read 2); DataFox's SCIM service: {_dataFox.Calls().Count} calls, {_dataFox.Users().Count} users.");
        await output.WriteLineAsync("Docs: docs/workflow-rules.md (the rules), docs/assistant.md (the runbook note), docs/sweep.md (the nudges), docs/licences.md (Salesforce seats and the SFDC hold), docs/provisioning.md (provision and verify), docs/observability.md (status page, metrics, dashboard), docs/operations.md (running it for real).");
        return LabelChanges > 0 && NotesShown > 0 && _slack.Messages.Count > 0 ? 0 : 1;
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _gitLab.Dispose();
        _slack.Dispose();
        _smtp.Dispose();
        _salesforce.Dispose();
        _dataFox.Dispose();
        File.Delete(_salesforceKey);
    }

    private (FakeIssue Jane, FakeIssue Bulk, FakeIssue Away, FakeIssue Waiting, FakeIssue Held, FakeIssue Lena) Seed()
    {
        var lastWeek = Start.AddDays(-6); // Tuesday of the week before
        var past = _gitLab.AddIssue(4242, 90, PastAr, [Ars.Completed], ["jdoe"]); // history, not part of the day
        past.Title = "Sam Lee, Chorus, Account Executive";
        past.State = "closed";
        past.CreatedAt = past.UpdatedAt = Start.AddDays(-30);
        var jane = Ar(101, "Jane Doe, Salesforce and Chorus, Account Executive", JaneAr, Start.AddMinutes(5));
        var bulk = Ar(102, "Bulk: 3 SDRs EMEA, Salesforce, Chorus and DataFox", BulkAr, Start.AddMinutes(10));
        var away = Ar(103, "Raj Patel, Clari, Sales Manager", Ars.TemplateCcd, lastWeek, Ars.InProgress, "ksmith");
        _gitLab.SetStatus("ksmith", new FakeStatus("busy", "OOO until 30 Nov", "palm_tree", ClearStatusAt: new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero))); // "clear status after" set, as people do
        var waiting = Ar(104, "Mia Chen, Salesforce, Account Executive", Ars.TemplateCcd, lastWeek.AddDays(1), Ars.ActionNeeded);
        var held = Ar(105, "Omar Haddad, Salesforce, Solutions Architect", OmarAr, Start.AddDays(-3), Ars.InProgress, "jdoe");
        _gitLab.AddNote(held, FakeGitLab.BotUsername, $"**Sales Ops AR bot — runbook** for 1 person (Omar Haddad): Salesforce.\n\n{SalesOpsAr.Workflow.Assisting.RunbookNote.Marker} -->", Start.AddDays(-3).AddHours(1));
        _seen[held.Iid] = (held.LabelsNow(), held.BotNotes().Count); // Friday's note is history, not news
        var lena = Ar(106, "Lena Berg, Salesforce, Account Executive", LenaAr, Start.AddDays(-1), Ars.ActionNeeded);
        return (jane, bulk, away, waiting, held, lena);
    }

    private FakeIssue Ar(long iid, string title, string description, DateTimeOffset created, string? label = null, string? assignee = null)
    {
        var ar = _gitLab.AddIssue(4242, iid, description, label is null ? [] : [label], assignee is null ? [] : [assignee]);
        ar.Title = title;
        ar.CreatedAt = ar.UpdatedAt = created;
        if (label is not null)
        {
            _gitLab.AddLabelEvent(ar, "onboarding-bot", label, "add", created);
        }

        _seen[iid] = (ar.LabelsNow(), ar.BotNotes().Count);
        return ar;
    }

    private async Task StepAsync(DateTimeOffset at, string what, Func<Task<HttpResponseMessage>> act)
    {
        _clock.JumpTo(at);
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{Time()}  {what}");
        using (var response = await act())
        {
            await output.WriteLineAsync($"          webhook → {(int)response.StatusCode} {response.StatusCode}");
        }

        await SettleAsync();
        await ShowAsync([.. _seen.Keys.Select(iid => _gitLab.Issue(4242, iid))]);
    }

    /// <summary>Waits until the simulated GitLab has seen no call for 2.5 s (the labels, then the trailing notes).</summary>
    private async Task SettleAsync()
    {
        var calls = _gitLab.Calls().Count;
        var quiet = System.Diagnostics.Stopwatch.StartNew();
        var total = System.Diagnostics.Stopwatch.StartNew();
        while (quiet.Elapsed < TimeSpan.FromSeconds(2.5) && total.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
            var now = _gitLab.Calls().Count;
            if (now != calls)
            {
                calls = now;
                quiet.Restart();
            }
        }
    }

    private async Task ShowAsync(IEnumerable<FakeIssue> ars)
    {
        foreach (var ar in ars)
        {
            var (labels, notes) = _seen[ar.Iid];
            var now = ar.LabelsNow();
            var added = now.Except(labels).ToList();
            var removed = labels.Except(now).ToList();
            if (added.Count + removed.Count > 0)
            {
                LabelChanges++;
                await output.WriteLineAsync($"          #{ar.Iid} labels: {string.Join(" ", added.Select(l => "+" + l).Concat(removed.Select(l => "−" + l)))}");
            }

            var botNotes = ar.BotNotes();
            foreach (var note in botNotes.Skip(notes))
            {
                NotesShown++;
                var lines = (note.Body ?? "").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0 && !l.StartsWith("<!--", StringComparison.Ordinal));
                await output.WriteLineAsync($"          #{ar.Iid} note by @{note.Author}:");
                foreach (var line in lines)
                {
                    await output.WriteLineAsync($"              {line}");
                }
            }

            _seen[ar.Iid] = (now, botNotes.Count);
        }

        foreach (var message in _slack.Messages.Skip(_slackSeen))
        {
            await output.WriteLineAsync($"          Slack: {message.Replace("\n", "\n                 ", StringComparison.Ordinal)}");
        }

        var bodies = _slack.Bodies;
        if (bodies.Skip(_slackSeen).Any(b => b["blocks"] is not null))
        {
            await output.WriteLineAsync("          Slack buttons on each AR: Take it · Snooze 1 business day · Open");
        }

        _slackSeen = _slack.Messages.Count;
        foreach (var update in _slack.Responses.Skip(_responsesSeen))
        {
            await output.WriteLineAsync($"          Slack (the clicked message now reads): {update["text"]}");
        }

        _responsesSeen = _slack.Responses.Count;
        foreach (var mail in _smtp.Messages.Skip(_mailSeen))
        {
            await output.WriteLineAsync($"          E-mail to {mail.To}: {mail.Subject}");
        }

        _mailSeen = _smtp.Messages.Count;
    }

    private string Time() => _clock.GetUtcNow().ToString("ddd HH:mm", CultureInfo.InvariantCulture);

    private Dictionary<string, string?> Settings() => new()
    {
        ["GitLab:BaseUrl"] = _gitLab.Url,
        ["GitLab:AllowHttp"] = "true",
        ["GitLab:Token"] = FakeGitLab.Token,
        ["GitLab:WebhookSecret"] = "demo-webhook-secret",
        ["GitLab:BotUsername"] = FakeGitLab.BotUsername,
        ["GitLab:ProjectIds:0"] = "4242",
        ["Workflow:Dris:0"] = "amber",
        ["Workflow:Dris:1"] = "meri",
        ["Workflow:Team:0"] = "jdoe",
        ["Workflow:Team:1"] = "ksmith",
        ["Transport:Kind"] = "InMemory",
        ["Sweep:Interval"] = "00:00:00", // the script sweeps
        ["Sweep:Digest:At"] = "09:30",
        ["Reconciler:ArInterval"] = "00:00:00.500",
        ["Notifications:Slack:WebhookUrl"] = _slack.WebhookUrl,
        ["Notifications:Slack:SigningSecret"] = SlackSecret, // the buttons (#25)
        ["Notifications:Slack:Users:U0JDOE"] = "jdoe",
        ["Notifications:Slack:Users:U0KSMITH"] = "ksmith",
        ["Notifications:Slack:ResponseHosts:0"] = "localhost", // the simulated Slack's response_url
        ["Notifications:Smtp:Host"] = "127.0.0.1",
        ["Notifications:Smtp:Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Notifications:Smtp:UseTls"] = "false",
        ["Notifications:Smtp:From"] = "salesops-ar-bot@example.com",
        ["Notifications:Email:Team:0"] = TeamAddress,
        ["Notifications:Email:People:jdoe"] = "jdoe@example.com",
        ["Notifications:Email:People:ksmith"] = "ksmith@example.com",
        ["Serilog:MinimumLevel:Default"] = "Warning",
        ["Status:Token"] = StatusToken,
        ["Salesforce:Flow"] = "JwtBearer", // the licence connector (#23) on the simulated Salesforce
        ["Salesforce:LoginUrl"] = _salesforce.Url,
        ["Salesforce:Audience"] = FakeSalesforce.Audience,
        ["Salesforce:AllowHttp"] = "true",
        ["Salesforce:ClientId"] = FakeSalesforce.ClientId,
        ["Salesforce:Username"] = FakeSalesforce.Username,
        ["Salesforce:KeyFile"] = _salesforceKey,
        ["Scim:Systems:DataFox:Url"] = _dataFox.Url, // provisioning DataFox (#24) through the simulated SCIM service
        ["Scim:Systems:DataFox:Token"] = FakeScim.Token,
        ["Scim:AllowHttp"] = "true",
        ["Provisioning:Regions:EMEA:TimeZone"] = "Europe/London",
        ["Provisioning:Regions:EMEA:Locale"] = "en_GB",
        ["Provisioning:Roles:Account Executive"] = "AE - West",
    };

    /// <summary>Keeps the service up after the day: the status page and the metrics, until Enter or Ctrl+C.</summary>
    public async Task ServeAsync()
    {
        // Ctrl+C and `kill` (SIGTERM) stop it alike: the service, the simulated GitLab, Slack and SMTP all go, at once.
        // Listening before the page's address is printed: a signal sent as soon as it shows is taken, not the runtime's exit 143.
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        var page = new UriBuilder(new Uri(_host!.BaseAddress, "/status")) { UserName = "demo", Password = StatusToken }.Uri;
        await output.WriteLineAsync();
        await output.WriteLineAsync($"Status page: {page}  (user demo, password {StatusToken}; also {new Uri(_host.BaseAddress, "/status.json")} and {new Uri(_host.BaseAddress, "/metrics")})");
        await output.WriteLineAsync("The service stays up; press Enter (or Ctrl+C) to stop.");
        // Enter stops it; with no terminal (stdin at its end, as under a test runner or `< /dev/null`) only a signal does:
        // ending at once there would race the signal sent to stop it.
        var enter = Task.Run(() => Console.In.ReadLine() is not null, CancellationToken.None);
        var signal = Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        if (await Task.WhenAny(enter, signal) == enter && !await enter)
        {
            await signal;
        }
    }

    private static bool MailDevListens()
    {
        try
        {
            using var probe = new TcpClient();
            return probe.ConnectAsync("127.0.0.1", 1025).Wait(TimeSpan.FromMilliseconds(300)) && probe.Connected;
        }
        catch (AggregateException)
        {
            return false;
        }
    }
}
