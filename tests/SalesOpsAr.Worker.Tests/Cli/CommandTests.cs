using Microsoft.Extensions.DependencyInjection;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Cli;

/// <summary>The binary's commands, run as an operator runs them.</summary>
public sealed class CommandTests
{
    private static readonly Dictionary<string, string> Valid = ServiceProcess.MinimalValid();

    [Theory]
    [InlineData("bogus")]
    [InlineData("swep")]
    public async Task UnknownCommand_PrintsTheUsageAndExits2_WithoutStartingTheService(string command)
    {
        var (exitCode, output) = await ServiceProcess.RunAsync(Valid, [command, "--once"]);

        Assert.Equal(2, exitCode);
        Assert.Contains($"Unknown command '{command}'.", output, StringComparison.Ordinal);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateConfig_Valid_SaysSoAndExits0()
    {
        var (exitCode, output) = await ServiceProcess.RunAsync(Valid, ["validate-config"]);

        Assert.Equal(0, exitCode);
        Assert.Contains("Configuration is valid.", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Transport__Kind", "Rabbit", "Transport:Kind (environment variable Transport__Kind): must be one of InMemory, RabbitMq, got 'Rabbit'.")]
    [InlineData("Sweep__Interval", "00:00:10", "Sweep:Interval (environment variable Sweep__Interval): must be 00:00:00 (off) or at least 00:01:00")]
    [InlineData("Sweep__Digest__At", "never", "Sweep:Digest:At (environment variable Sweep__Digest__At): must be a time of day such as 08:30, got 'never'.")]
    [InlineData("Sweep__Absences__0__Username", "meri", "Sweep:Absences:0 (environment variable Sweep__Absences__0): needs Username, From and Until")]
    [InlineData("Notifications__Email__People__jdoe", "not-an-address", "Notifications:Email:People:jdoe (environment variable Notifications__Email__People__jdoe): must be an email address")]
    [InlineData("Workflow__LabelAliases__0__Alias", "SalesOps::Doing", "Workflow:LabelAliases:0:Label (environment variable Workflow__LabelAliases__0__Label): must be one of SalesOpsAR::Action Needed")]
    [InlineData("Workflow__HoldLabels__0__Reason", "waiting for Legal", "Workflow:HoldLabels:0:Label (environment variable Workflow__HoldLabels__0__Label): must name the label that holds an AR.")]
    [InlineData("Workflow__NotNeededLabel", "SalesOpsAR::Completed", "Workflow:NotNeededLabel (environment variable Workflow__NotNeededLabel): must not be one of the four states, got 'SalesOpsAR::Completed'.")]
    [InlineData("GitLab__ProjectIds__0", "abc", "GitLab:ProjectIds:0 (environment variable GitLab__ProjectIds__0): must be a project's numeric id, got 'abc'.")]
    [InlineData("Sweep__Calendar__Holidays__0", "25/12/2026", "Sweep:Calendar:Holidays:0 (environment variable Sweep__Calendar__Holidays__0): must be a date as yyyy-MM-dd, got '25/12/2026'.")]
    [InlineData("Sweep__Calendar__WorkDays__0", "Mon", "Sweep:Calendar:WorkDays:0 (environment variable Sweep__Calendar__WorkDays__0): must be a day name such as Monday, got 'Mon'.")]
    public async Task ValidateConfig_EachKindOfMistake_IsNamedAndExits1(string key, string value, string expected)
    {
        var environment = new Dictionary<string, string>(Valid) { [key] = value };

        var (exitCode, output) = await ServiceProcess.RunAsync(environment, ["validate-config"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("configuration problem(s):", output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_PayloadFiles_PrintsEachPlan()
    {
        var directory = Directory.CreateTempSubdirectory("replay-");
        try
        {
            var sample = Path.Combine(directory.FullName, "new-ar.json");
            var other = Path.Combine(directory.FullName, "okta.json");
            var broken = Path.Combine(directory.FullName, "broken.json");
            using (var gitLab = new FakeGitLab())
            {
                await File.WriteAllTextAsync(sample, IssueHookPayload.Issue(gitLab.AddIssue(4242, 50, Ars.Template, labels: ["NewAccessRequest"]), "onboarding-bot", "open"));
                await File.WriteAllTextAsync(other, IssueHookPayload.Issue(gitLab.AddIssue(4242, 51, Ars.NonSales), "it-person", "open"));
            }

            await File.WriteAllTextAsync(broken, "{\"object_kind\": \"issue\"");

            var (exitCode, output) = await ServiceProcess.RunAsync(Valid, ["replay", sample, other, broken]);

            Assert.Equal(1, exitCode);
            Assert.Contains($"{sample}: AR 4242#50: (no state) → ActionNeeded, +[SalesOpsAR::Action Needed] −[], cc [amber, meri]", output, StringComparison.Ordinal);
            Assert.Contains("Due date set to ", output, StringComparison.Ordinal); // the same plan the service makes (#22 item 17)
            Assert.Contains($"{other}: ignored: AR 4242#51: not a Sales Ops AR", output, StringComparison.Ordinal);
            Assert.Contains($"{broken}: malformed: body is not valid JSON", output, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Healthcheck_Help_SaysWhatItAsksAndExits0()
    {
        var (exitCode, output) = await ServiceProcess.RunAsync(Valid, ["healthcheck", "--help"]);

        Assert.Equal(0, exitCode);
        Assert.Contains("SalesOpsAr.Worker healthcheck [URL]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Invalid URI", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthcheck_ReadsWhereTheServiceListens_TakesABaseUrl_AndSaysWhatFailed()
    {
        using var service = ServiceProcess.Start(Valid);
        await service.WaitUntilReadyAsync();
        var configured = new Dictionary<string, string>(Valid) { ["Urls"] = service.BaseAddress.ToString().TrimEnd('/') };

        var byConfiguration = await ServiceProcess.RunAsync(configured, ["healthcheck"]);
        var byBaseUrl = await ServiceProcess.RunAsync(Valid, ["healthcheck", service.BaseAddress.ToString()]);
        var notFound = await ServiceProcess.RunAsync(Valid, ["healthcheck", new Uri(service.BaseAddress, "/health/nothing-here").ToString()]);
        var notAUrl = await ServiceProcess.RunAsync(Valid, ["healthcheck", "localhost:8080"]);

        Assert.Equal(0, byConfiguration.ExitCode);
        Assert.Equal(0, byBaseUrl.ExitCode);
        Assert.Equal(1, notFound.ExitCode);
        Assert.Contains("/health/nothing-here answered 404 Not Found", notFound.Output, StringComparison.Ordinal);
        Assert.Equal(1, notAUrl.ExitCode);
        Assert.Contains("'localhost:8080' is not an http(s) URL", notAUrl.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/health/live")]
    [InlineData("http://+:8080/", "http://127.0.0.1:8080/health/live")]
    [InlineData("http://[::]:9090", "http://127.0.0.1:9090/health/live")]
    [InlineData("http://127.0.0.1:5080/health/live", "http://127.0.0.1:5080/health/live")]
    public void Healthcheck_AsksAWildcardAddressOnLoopback(string given, string asked) =>
        Assert.Equal(asked, SalesOpsAr.Worker.Cli.HealthProbe.LivenessUrl(given)?.ToString());

    [Fact]
    public void Healthcheck_ThePortServingHealth_ComesFirst()
    {
        var environment = new Dictionary<string, string> { ["Urls"] = "http://0.0.0.0:8080", ["Management__Urls"] = "http://0.0.0.0:9090;http://[::]:9091" };

        Assert.Equal("http://0.0.0.0:9090", SalesOpsAr.Worker.Cli.HealthProbe.ConfiguredUrl(k => environment.GetValueOrDefault(k)));
        Assert.Equal(SalesOpsAr.Worker.Cli.HealthProbe.DefaultUrl, SalesOpsAr.Worker.Cli.HealthProbe.ConfiguredUrl(_ => null));
    }

    /// <summary>The demo, as the README has a newcomer run it: the whole workflow, seen, without a GitLab.</summary>
    [Fact]
    public async Task Demo_ShowsLabelsNotesNudgesSlackAndMail_AndExits0()
    {
        var (exitCode, output) = await DotnetRunAsync("tools/SalesOpsAr.Demo");

        Assert.True(exitCode == 0, output);
        Assert.Contains("#101 labels: +SalesOpsAR::Action Needed", output, StringComparison.Ordinal);
        Assert.Contains("cc @amber @meri", output, StringComparison.Ordinal);
        Assert.Contains("#101 labels: +SalesOpsAR::In Progress −SalesOpsAR::Action Needed", output, StringComparison.Ordinal);
        Assert.Contains("#105 labels: +SalesOPS: Waiting on SFDC License +SalesOpsAR::On Hold −SalesOpsAR::In Progress", output, StringComparison.Ordinal);
        Assert.Contains("#101 labels: +SalesOpsAR::Completed −SalesOpsAR::In Progress", output, StringComparison.Ordinal);
        Assert.Contains("**Add To List**: `jane.doe@example.com`", output, StringComparison.Ordinal); // the runbook note on pickup
        Assert.Contains("please add to the AR: Chorus License Type.", output, StringComparison.Ordinal);
        Assert.Contains("[#90](https://gitlab.example.com/ar/-/issues/90) Sam Lee, Chorus, Account Executive — Chorus: `Role Recorder, Team AMER East, License Type Full`", output, StringComparison.Ordinal);
        Assert.Contains("`ksmith` is out of office", output, StringComparison.Ordinal);
        Assert.Contains("Slack: :clipboard: *3 Sales Ops ARs need attention*", output, StringComparison.Ordinal);
        Assert.Contains("E-mail to salesops-team@example.com: Sales Ops AR digest", output, StringComparison.Ordinal);
        Assert.Matches("Summary: \\d+ label changes and \\d+ bot notes on 6 ARs", output);

        // A true day (#22 item 16): the hold says whose AR; the AR held had its runbook on Friday and gets none again;
        // Jane's Chorus role is a Chorus role, as the precedent's is; "check" is said once per step.
        Assert.Contains("for Omar's AR (#105, picked up on Friday): adds the hold label", output, StringComparison.Ordinal);
        Assert.Equal(3, output.Split('\n').Count(l => l.Contains("— runbook**", StringComparison.Ordinal))); // Jane's, Lena's and Mia's (taken from Slack), on pickup; none for #105 on release
        Assert.Contains("Set the Role `Recorder`, Team `AMER West`", output, StringComparison.Ordinal);
        Assert.All(output.Split('\n'), l => Assert.True(l.Split(": check)").Length <= 2, l));

        // The licence story (#23): Lena's AR picked up with no seat free is held with the numbers; a deactivation frees a
        // seat; the next morning's sweep releases it, first in line.
        Assert.Contains("#106 labels: +SalesOPS: Waiting on SFDC License +SalesOpsAR::On Hold −SalesOpsAR::Action Needed", output, StringComparison.Ordinal);
        Assert.Contains("This AR needs 1 `Salesforce` seat; Salesforce counts 250 of 250 used", output, StringComparison.Ordinal);
        Assert.Contains("#106 labels: +SalesOpsAR::In Progress −SalesOPS: Waiting on SFDC License −SalesOpsAR::On Hold", output, StringComparison.Ordinal);
        Assert.Contains("A Salesforce seat is free (`Salesforce`: 249 of 250 used): resumed, first in line since 23 Nov.", output, StringComparison.Ordinal);

        // Provisioning (#24): the plan on pickup, a person's command creating Jane's user and the bulk AR's DataFox users,
        // a verification on request, and the one before Jane's AR completes.
        Assert.Contains("| `Lena Berg` | `lena.berg@example.com` | `Lena` | `Berg` | `lberg` | `Account Executive` | `AE - West` | `Europe/London` | `en_GB` | ready |", output, StringComparison.Ordinal);
        Assert.Contains("**Salesforce users**, provisioned as `jdoe` asked: 1 created.", output, StringComparison.Ordinal);
        Assert.Contains("**DataFox users**, provisioned as `ksmith` asked: 3 created.", output, StringComparison.Ordinal);
        Assert.Contains("| `Ana Lima` | ✗ no user | — | ✓ |", output, StringComparison.Ordinal);
        Assert.Contains("**Verified** before completing, since every Sales Ops task is ticked", output, StringComparison.Ordinal);
        Assert.Contains("| `Jane Doe` | ✓ | — |", output, StringComparison.Ordinal);

        // Slack's buttons (#25): on the nudges, and a click that takes Mia's AR in GitLab.
        Assert.Contains("Slack buttons on each AR: Take it · Snooze 1 business day · Open", output, StringComparison.Ordinal);
        Assert.Contains("jdoe clicks Take it on the Slack nudge about Mia's AR (#104)\n          click → 200 OK", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("**Sales Ops AR bot:** @jdoe took this from Slack.", output, StringComparison.Ordinal);
        Assert.Contains("Slack (the clicked message now reads): #104 was taken by jdoe in GitLab.", output, StringComparison.Ordinal);
    }

    /// <summary>As the README has a newcomer run it: `dotnet run` from the repository's root, a path relative to it.</summary>
    [Fact]
    public async Task DotnetRunReplay_ARelativePath_IsTheCallersAndAMissingFileIsNamedInFull()
    {
        var (exitCode, output) = await DotnetRunAsync("src/SalesOpsAr.Worker", "replay", "samples/new-sales-ar.json", "samples/missing.json");

        Assert.Contains("samples/new-sales-ar.json: AR 4242#1001: (no state) → ActionNeeded", output, StringComparison.Ordinal);
        Assert.Contains($"samples/missing.json: no such file ({Repository.PathOf("samples", "missing.json")})", output, StringComparison.Ordinal);
        Assert.Equal(2, exitCode);
    }

    /// <summary>samples/fidelity: each example of docs/workflow-rules.md prints the plan the rules describe.</summary>
    [Fact]
    public async Task Replay_TheFidelitySamples_PrintThePlansTheRulesDescribe()
    {
        (string File, string Plan)[] expected =
        [
            ("01-chorus-subsection-only-salesforce-ticked", "AR 4242#2001: nothing to do"),
            ("02-chorus-subsection-all-ticked", "AR 4242#2002: InProgress → Completed, +[SalesOpsAR::Completed] −[SalesOpsAR::In Progress], cc []: Moved to ~\"SalesOpsAR::Completed\": all 3 Sales Ops tasks are checked."),
            ("03-bold-sales-ops-to-do-ticked", "AR 4242#2003: InProgress → Completed, +[SalesOpsAR::Completed] −[SalesOpsAR::In Progress], cc []: Moved to ~\"SalesOpsAR::Completed\": all 2 Sales Ops tasks are checked."),
            ("04-colon-heading-ticked", "AR 4242#2004: InProgress → Completed"),
            ("05-it-task-names-salesforce-new", "AR 4242#2005: (no state) → ActionNeeded, +[SalesOpsAR::Action Needed] −[], cc [amber, meri]"),
            ("06-prose-names-salesforce", "ignored: AR 4242#2006: not a Sales Ops AR"),
            ("07-completed-moved-back-by-a-person", "AR 4242#2007: nothing to do"),
            ("08-completed-new-unticked-task", "AR 4242#2008: Completed → InProgress, +[SalesOpsAR::In Progress] −[SalesOpsAR::Completed], cc []: Moved to ~\"SalesOpsAR::In Progress\": a new or unticked Sales Ops task (`Clari: forecast user`) is open again, and `jdoe` from Sales Ops is assigned."),
            ("09-completed-reopened-with-open-tasks", "AR 4242#2009: Completed → ActionNeeded, +[SalesOpsAR::Action Needed] −[SalesOpsAR::Completed], cc []: Moved to ~\"SalesOpsAR::Action Needed\": the AR was reopened with 2 unticked Sales Ops tasks, and nobody from Sales Ops is assigned."),
            ("10-not-needed", "ignored: AR 4242#2010: the AR carries SalesOpsAR::Not Needed"),
            ("11-own-sales-ops-label", "AR 4242#2011: nothing to do: SalesOpsAR::Blocked is a person's own label, respected"),
            ("12-waiting-for-manager-approval-new", "AR 4242#2012: (no state) → OnHold, +[SalesOpsAR::On Hold] −[], cc [amber, meri]: Moved to ~\"SalesOpsAR::On Hold\": waiting for the manager's approval"),
            ("13-manager-approved", "AR 4242#2013: OnHold → ActionNeeded, +[SalesOpsAR::Action Needed] −[SalesOpsAR::On Hold], cc []: Moved to ~\"SalesOpsAR::Action Needed\": the hold is released"),
            ("14-labelled-by-requester-never-ccd", "AR 4242#2014: ActionNeeded → ActionNeeded, +[] −[], cc [amber, meri]: Sales Ops access request: CC'ing the provisioning DRIs."),
            ("15-two-states-a-person-added-action-needed", "AR 4242#2015: ActionNeeded → ActionNeeded, +[] −[SalesOpsAR::In Progress], cc []: Kept ~\"SalesOpsAR::Action Needed\", the state set most recently, and removed ~\"SalesOpsAR::In Progress\": an AR has one state."),
            ("16-closed-while-in-progress", "AR 4242#2016: InProgress → InProgress, +[] −[], cc [amber, meri]: This AR was closed while ~\"SalesOpsAR::In Progress\": Sales Ops' part may not be done."),
        ];
        var files = expected.Select(e => Repository.PathOf("samples", "fidelity", e.File + ".json")).ToArray();
        var environment = new Dictionary<string, string>(Valid) { ["Workflow__Team__1"] = "ksmith" };

        var (exitCode, output) = await ServiceProcess.RunAsync(environment, ["replay", .. files]);

        Assert.Equal(0, exitCode);
        Assert.Equal(Directory.GetFiles(Repository.PathOf("samples", "fidelity"), "*.json").Order(), files.Order());
        Assert.All(expected.Zip(files), e => Assert.Contains($"{e.Second}: {e.First.Plan}", output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Replay_ConfiguredHoldAndOptOutLabels_AreTheOnesTheRulesUse()
    {
        var directory = Directory.CreateTempSubdirectory("replay-");
        var held = Path.Combine(directory.FullName, "held.json");
        var optedOut = Path.Combine(directory.FullName, "opted-out.json");
        using (var gitLab = new FakeGitLab())
        {
            var ar = gitLab.AddIssue(4242, 53, Ars.TemplateCcd, labels: [Ars.InProgress], assignees: ["jdoe"]);
            var before = ar.Labels.ToList();
            ar.Labels.Add("Legal::Pending");
            await File.WriteAllTextAsync(held, IssueHookPayload.Issue(ar, "jdoe", "update", before));
            await File.WriteAllTextAsync(optedOut, IssueHookPayload.Issue(gitLab.AddIssue(4242, 54, Ars.Template, labels: ["SalesOpsAR::N/A"]), "jdoe", "open"));
        }

        var environment = new Dictionary<string, string>(Valid)
        {
            ["Workflow__HoldLabels__0__Label"] = "Legal::Pending",
            ["Workflow__HoldLabels__0__Reason"] = "waiting for Legal",
            ["Workflow__HoldLabels__0__ReleasedBy"] = "Legal::Cleared",
            ["Workflow__NotNeededLabel"] = "SalesOpsAR::N/A",
        };

        var (exitCode, output) = await ServiceProcess.RunAsync(environment, ["replay", held, optedOut]);
        directory.Delete(recursive: true);

        Assert.Equal(0, exitCode);
        Assert.Contains("AR 4242#53: InProgress → OnHold, +[SalesOpsAR::On Hold] −[SalesOpsAR::In Progress], cc []: Moved to ~\"SalesOpsAR::On Hold\": waiting for Legal", output, StringComparison.Ordinal);
        Assert.Contains("ignored: AR 4242#54: the AR carries SalesOpsAR::N/A", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_TheHeadingThatOnceTookMinutes_PrintsItsPlanAtOnce()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("replay-").FullName, "hostile.json");
        using (var gitLab = new FakeGitLab())
        {
            var description = "# a" + new string(' ', 10_000) + "b\n- [ ] SFDC: Account Executive profile";
            await File.WriteAllTextAsync(file, IssueHookPayload.Issue(gitLab.AddIssue(4242, 52, description), "mallory", "open"));
        }

        var (exitCode, output) = await ServiceProcess.RunAsync(Valid, ["replay", file], timeoutSeconds: 30);

        Assert.Equal(0, exitCode);
        Assert.Contains("AR 4242#52: (no state) → ActionNeeded", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sweep", "Usage: SalesOpsAr.Worker sweep --once [--dry-run]")]
    [InlineData("validate-config", "Usage: SalesOpsAr.Worker validate-config")]
    [InlineData("replay", "Usage: SalesOpsAr.Worker replay FILE [FILE...]")]
    public async Task Help_ForEachCommand_ExplainsIt(string command, string usage)
    {
        var (exitCode, output) = await ServiceProcess.RunAsync(Valid, [command, "--help"]);

        Assert.Equal(0, exitCode);
        Assert.Contains(usage, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ForTheBinary_ListsTheCommands()
    {
        var (exitCode, output) = await ServiceProcess.RunAsync(Valid, ["--help"]);

        Assert.Equal(0, exitCode);
        Assert.All(new[] { "sweep --once", "validate-config", "replay FILE", "healthcheck" }, c => Assert.Contains(c, output, StringComparison.Ordinal));
    }

    /// <summary>`dotnet run --no-build --project PROJECT -- ARGS` from the repository's root, as the README has it.</summary>
    [Fact]
    public async Task Replay_OfTheReadmesSample_SaysTheDueDateAsTheServicesPlanDoes()
    {
        var (exitCode, output) = await ServiceProcess.RunAsync(Valid, ["replay", Repository.PathOf("samples", "new-sales-ar.json")]);

        Assert.Equal(0, exitCode);
        Assert.Contains("(no state) → ActionNeeded", output, StringComparison.Ordinal);
        Assert.Contains(", the end of the current fiscal quarter", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("-v")]
    public async Task Version_PrintsItAndExits0_WithoutStartingTheService(string flag)
    {
        var (exitCode, output) = await ServiceProcess.RunAsync(Valid, [flag]);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("SalesOpsAr.Worker ", output.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--verison")]
    [InlineData("-x")]
    [InlineData("--urls=http://127.0.0.1:0 --dryrun-please")]
    public async Task AnUnknownOption_PrintsTheUsageAndExits2_WithoutStartingTheService(string given)
    {
        var args = given.Split(' ');
        var (exitCode, output) = await ServiceProcess.RunAsync(Valid, args);

        Assert.Equal(2, exitCode);
        Assert.Contains($"Unknown option '{args[^1].Split('=')[0]}'.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--urls", "http://127.0.0.1:0")]
    [InlineData("--GitLab:BotUsername=salesops-ar-bot")]
    [InlineData("--Roles", "receiver")]
    public void SettingsOfTheService_AreNoUnknownOptions(params string[] args) =>
        Assert.Null(SalesOpsAr.Worker.Cli.CommandLine.UnknownOption(args));

    [Fact]
    public async Task EverySectionTheServiceReads_IsASettingOnItsCommandLine()
    {
        using var gitLab = new FakeGitLab();
        await using var host = new WorkerHost(WorkerHost.Settings(gitLab, broker: null));
        var sections = host.Services.GetServices<SalesOpsAr.Worker.Platform.Configuration.ConfiguredSection>()
            .Select(s => s.Path.Split(':')[0]).Where(s => s.Length > 0).Distinct().ToList();

        Assert.Contains("Salesforce", sections);
        Assert.All(sections, s => Assert.Null(SalesOpsAr.Worker.Cli.CommandLine.UnknownOption([$"--{s}:Key=value"])));
    }

    [Fact]
    public async Task ACommandStoppedMidCall_BySigterm_SaysCancelledAndExits130()
    {
        // A GitLab that takes the connection and never answers: the sweep is stuck in its first call until stopped.
        using var stalling = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        stalling.Start();
        var environment = new Dictionary<string, string>(Valid)
        {
            ["GitLab__BaseUrl"] = $"http://127.0.0.1:{((System.Net.IPEndPoint)stalling.LocalEndpoint).Port}",
            ["GitLab__AllowHttp"] = "true",
            ["GitLab__Token"] = "glpat-stalled-0123456789",
            ["GitLab__BotUsername"] = "salesops-ar-bot",
        };
        using var command = ServiceProcess.StartCommand(environment, ["sweep", "--once"]);
        var output = command.StandardOutput.ReadToEndAsync();
        var errors = command.StandardError.ReadToEndAsync();
        using var waiting = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var call = await stalling.AcceptTcpClientAsync(waiting.Token); // the signal: the command is in its call

        using (var term = System.Diagnostics.Process.Start("kill", ["-TERM", command.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        await command.WaitForExitAsync(waiting.Token);
        Assert.Equal(130, command.ExitCode);
        Assert.Contains("sweep: cancelled.", await output + await errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoServing_StopsAtSigterm_AtOnce_AndItsFakesListenOnLoopbackOnly()
    {
        var demo = Directory.GetFiles(Repository.PathOf("tools", "SalesOpsAr.Demo", "bin"), "SalesOpsAr.Demo.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).First();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(demo);
        start.ArgumentList.Add("--serve");
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, line) => { if (line.Data is { } l) { output.Enqueue(l); } };
        process.BeginOutputReadLine();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            await Eventually.Until(() => output.Any(l => l.StartsWith("Status page:", StringComparison.Ordinal)), up => up, "the demo serving its status page", seconds: 120);
            Assert.All(output.Where(l => l.Contains("http://", StringComparison.Ordinal)), l => Assert.DoesNotContain("0.0.0.0", l, StringComparison.Ordinal));
            Assert.False(process.HasExited, "the demo ended by itself: with no terminal (a test runner's stdin is at its end) only a signal may end it");

            using (var term = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20)); // it used to hang 30 s and more
            await process.WaitForExitAsync(deadline.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            _ = await errors;
        }
    }

    [Fact]
    public async Task TheSimulatedGitLabSlackAndSalesforce_ListenOn127001Only_NotOnEveryInterface()
    {
        using var gitLab = new FakeGitLab();
        using var slack = new FakeSlack();
        using var salesforce = new FakeSalesforce();

        foreach (var url in new[] { new Uri(gitLab.Url), new Uri(slack.WebhookUrl), new Uri(salesforce.Url) })
        {
            Assert.True(await Connects("127.0.0.1", url.Port), $"{url} is not on 127.0.0.1");
            // Another loopback address: a server on every interface (0.0.0.0) answers there too, one on 127.0.0.1 does not.
            Assert.False(await Connects("127.0.0.2", url.Port), $"{url} answers on 127.0.0.2: it listens on every interface");
        }
    }

    private static async Task<bool> Connects(string address, int port)
    {
        using var probe = new System.Net.Sockets.TcpClient();
        try
        {
            await probe.ConnectAsync(System.Net.IPAddress.Parse(address), port).WaitAsync(TimeSpan.FromSeconds(5));
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private static async Task<(int ExitCode, string Output)> DotnetRunAsync(string project, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in (string[])["run", "--no-build", "--project", project, "--", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
