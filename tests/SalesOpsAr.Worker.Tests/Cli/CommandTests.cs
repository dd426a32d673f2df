using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Cli;

/// <summary>The binary's commands, run as an operator runs them.</summary>
public sealed class CommandTests
{
    private static readonly Dictionary<string, string> Valid = ServiceProcess.MinimalValid();

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
            Assert.Contains($"{other}: ignored: AR 4242#51 is not a Sales Ops AR", output, StringComparison.Ordinal);
            Assert.Contains($"{broken}: malformed: body is not valid JSON", output, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
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
}
