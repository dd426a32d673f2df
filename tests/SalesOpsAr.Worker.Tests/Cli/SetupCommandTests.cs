using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Cli;

/// <summary>
/// <c>setup</c> against the stateful GitLab fake: in the test's process with the service's own registrations (so that
/// mutation testing sees what it runs), and once as its own process, as an operator runs it, for the exit code.
/// </summary>
public sealed class SetupCommandTests : IDisposable
{
    private readonly FakeGitLab _gitLab = new();

    public void Dispose() => _gitLab.Dispose();

    private Task<(int ExitCode, string Output)> SetupAsync(params string[] args) => SetupAsync(null, args);

    private async Task<(int ExitCode, string Output)> SetupAsync(Action<Dictionary<string, string?>>? configure, params string[] args)
    {
        var settings = WorkerHost.Settings(_gitLab, broker: null);
        settings["GitLab:MaxRetries"] = "0";
        configure?.Invoke(settings);
        await using var host = new WorkerHost(settings);
        using var output = new StringWriter();
        var exit = await SalesOpsAr.Worker.Cli.SetupCommand.RunAsync(host.Services, ["setup", .. args], output, CancellationToken.None);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task OnAnEmptyProject_BuildsTheLabelsAndTheBoard_AndASecondRunChangesNothing()
    {
        var (exitCode, output) = await SetupAsync();

        Assert.True(exitCode == 0, output);
        Assert.Contains("project 4242: created label \"SalesOpsAR::Action Needed\"", output, StringComparison.Ordinal);
        Assert.Contains("project 4242: created board \"Sales Ops Access Requests\"", output, StringComparison.Ordinal);
        var board = Assert.Single(_gitLab.BoardsNow());
        Assert.Equal(["SalesOpsAR::Action Needed", "SalesOpsAR::In Progress", "SalesOpsAR::On Hold", "SalesOpsAR::Completed"], board.Lists.Select(l => l.Label.Name));
        Assert.Equal("Sales Ops action item is presently being worked on.", _gitLab.LabelsNow().Single(l => l.Name == "SalesOpsAR::In Progress").Description);
        var labels = _gitLab.LabelsNow();

        var calls = _gitLab.Calls().Count;
        var (again, second) = await SetupAsync();

        Assert.True(again == 0, second);
        Assert.DoesNotContain("created", second, StringComparison.Ordinal);
        Assert.Contains("board \"Sales Ops Access Requests\" is up to date", second, StringComparison.Ordinal);
        Assert.Equal(labels, _gitLab.LabelsNow());
        Assert.Single(_gitLab.BoardsNow());
        Assert.All(_gitLab.Calls().Skip(calls), c => Assert.StartsWith("GET ", c, StringComparison.Ordinal)); // reads only
    }

    [Fact]
    public async Task ALabelThatDiffersOnlyInCase_IsTheOneItsBoardListUses_AndTheRunSucceeds()
    {
        var own = _gitLab.AddLabel("salesopsar::in progress", "#0033CC", "Sales Ops action item is presently being worked on.");

        var (exitCode, output) = await SetupAsync();

        Assert.True(exitCode == 0, output); // every run ended "skipped", exit 1, before
        Assert.DoesNotContain("skipped", output, StringComparison.Ordinal);
        Assert.Contains(Assert.Single(_gitLab.BoardsNow()).Lists, l => l.Label.Id == own.Id);
    }

    [Fact]
    public async Task LabelsItDoesNotKnow_AreNeverDeleted_EvenInItsScope()
    {
        var own = _gitLab.AddLabel("SalesOpsAR::Waiting on Legal", "#123456", "the team's own");
        var other = _gitLab.AddLabel("Engineering::Backlog", "#654321");

        var (exitCode, output) = await SetupAsync();

        Assert.True(exitCode == 0, output);
        Assert.Contains(own, _gitLab.LabelsNow());
        Assert.Contains(other, _gitLab.LabelsNow());
        Assert.DoesNotContain(_gitLab.Calls(), c => c.StartsWith("DELETE ", StringComparison.Ordinal)); // the fake takes GitLab's DELETE: none came
    }

    [Fact]
    public async Task AnotherBoardListedFirst_IsLeftAlone_AndTheStateListsGoOnTheirOwnBoard()
    {
        var backlog = _gitLab.AddLabel("Engineering::Backlog", "#654321");
        var theirs = _gitLab.AddBoard("Engineering", backlog);

        var (exitCode, output) = await SetupAsync();

        Assert.True(exitCode == 0, output);
        Assert.Equal(["Engineering::Backlog"], theirs.Lists.Select(l => l.Label.Name));
        var ours = Assert.Single(_gitLab.BoardsNow(), b => b.Name == "Sales Ops Access Requests");
        Assert.Equal(["SalesOpsAR::Action Needed", "SalesOpsAR::In Progress", "SalesOpsAR::On Hold", "SalesOpsAR::Completed"], ours.Lists.Select(l => l.Label.Name));
    }

    [Fact]
    public async Task ItsBoardListedSecond_IsTheOneItCompletes()
    {
        var backlog = _gitLab.AddLabel("Engineering::Backlog", "#654321");
        var theirs = _gitLab.AddBoard("Engineering", backlog);
        var actionNeeded = _gitLab.AddLabel("SalesOpsAR::Action Needed", "#dc143c", "Sales Ops action item is immediate or within current FQ.");
        var ours = _gitLab.AddBoard("Sales Ops Access Requests", actionNeeded);

        var (exitCode, output) = await SetupAsync();

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("created board", output, StringComparison.Ordinal);
        Assert.Equal(2, _gitLab.BoardsNow().Count);
        Assert.Single(theirs.Lists);
        Assert.Equal(["SalesOpsAR::Action Needed", "SalesOpsAR::In Progress", "SalesOpsAR::On Hold", "SalesOpsAR::Completed"], ours.Lists.Select(l => l.Label.Name));
    }

    [Theory]
    [InlineData("--help", 0)]
    [InlineData("-h", 0)]
    [InlineData("--bogus", 2)]
    public async Task Help_OrAWrongOption_PrintsTheUsage(string option, int exit)
    {
        var (exitCode, output) = await SetupAsync(option);

        Assert.Equal(exit, exitCode);
        Assert.Contains("Usage: SalesOpsAr.Worker setup [--dry-run]", output, StringComparison.Ordinal);
        Assert.Empty(_gitLab.LabelsNow());
    }

    [Fact]
    public async Task ALabelWithAnotherColour_IsUpdated_AndSaysSo()
    {
        var held = _gitLab.AddLabel("SalesOpsAR::On Hold", "#000000", "old words");

        var (exitCode, output) = await SetupAsync();

        Assert.True(exitCode == 0, output);
        Assert.Contains("project 4242: updated the colour and description of label \"SalesOpsAR::On Hold\"", output, StringComparison.Ordinal);
        var now = Assert.Single(_gitLab.LabelsNow(), l => l.Id == held.Id);
        Assert.Equal(("#e9be74", "SalesOps AR that is blocked or not presently w/in scope of work."), (now.Color, now.Description));
    }

    [Fact]
    public async Task ListsOutOfOrder_AreSaid_NotMoved()
    {
        var labels = new[] { "SalesOpsAR::Completed", "SalesOpsAR::On Hold", "SalesOpsAR::In Progress", "SalesOpsAR::Action Needed" }
            .Select(n => _gitLab.AddLabel(n, "#ffffff")).ToArray();
        var board = _gitLab.AddBoard("Sales Ops Access Requests", labels);

        var (exitCode, output) = await SetupAsync();

        Assert.True(exitCode == 0, output);
        Assert.Contains("board \"Sales Ops Access Requests\": its lists are not in the states' order (Action Needed, In Progress, On Hold, Completed); drag them, setup does not move them", output, StringComparison.Ordinal);
        Assert.Equal("SalesOpsAR::Completed", board.Lists[0].Label.Name);
    }

    [Fact]
    public async Task DryRun_SaysWhatItWouldDo_AndChangesNothing()
    {
        _gitLab.AddLabel("SalesOpsAR::On Hold", "#000000", "old");

        var (exitCode, output) = await SetupAsync("--dry-run");

        Assert.True(exitCode == 0, output);
        Assert.Contains("would create label \"SalesOpsAR::Completed\"", output, StringComparison.Ordinal);
        Assert.Contains("would update the colour and description of label \"SalesOpsAR::On Hold\"", output, StringComparison.Ordinal);
        Assert.Contains("would create board", output, StringComparison.Ordinal);
        Assert.Contains("would add a list to the board for label \"SalesOpsAR::Action Needed\"", output, StringComparison.Ordinal);
        Assert.Equal("old", Assert.Single(_gitLab.LabelsNow()).Description);
        Assert.Empty(_gitLab.BoardsNow());
    }

    [Fact]
    public async Task ARefusedToken_ExitsThree_WithTheReason()
    {
        _gitLab.RefuseEveryCall = 401;

        var (exitCode, output) = await ServiceProcess.RunAsync(Environment(), ["setup"]);

        Assert.Equal(3, exitCode);
        Assert.Contains("refused the token (401)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedToken_InTheProcess_SaysWhereAndWhatToCheck()
    {
        _gitLab.RefuseEveryCall = 401;

        var (exitCode, output) = await SetupAsync();

        Assert.Equal(3, exitCode);
        Assert.Contains($"setup: GitLab at {_gitLab.Url} refused the token (401): check GitLab__Token and the bot's role on the project.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABotThatMayReadButNotChange_StopsAtTheFirstChange_WithTheRoleToCheck()
    {
        _gitLab.BotRole = "Guest"; // reads labels and boards, may not change them: 403

        var (exitCode, output) = await SetupAsync();

        Assert.Equal(3, exitCode); // the token's rights, not one change: no use trying the rest
        Assert.Contains("refused the token (403): check GitLab__Token and the bot's role on the project.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("GitLab refused it", output, StringComparison.Ordinal);
        Assert.Empty(_gitLab.LabelsNow());
    }

    [Fact]
    public async Task GitLabUnreachable_SaysSoAndExits3()
    {
        var closed = ClosedPort();

        var (exitCode, output) = await SetupAsync(s => s["GitLab:BaseUrl"] = $"http://127.0.0.1:{closed}");

        Assert.Equal(3, exitCode);
        Assert.Contains($"setup: GitLab at http://127.0.0.1:{closed} is unreachable: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal); // no stack trace
    }

    [Fact]
    public async Task NoToken_SaysWhatItNeeds_AndCallsNothing()
    {
        var (exitCode, output) = await SetupAsync(s => s.Remove("GitLab:Token"));

        Assert.Equal(2, exitCode);
        Assert.Equal("setup: needs GitLab__Token and GitLab__ProjectIds__0: it creates the labels and the board in that project.", output.Trim());
        Assert.Empty(_gitLab.Calls());
    }

    [Fact]
    public async Task AChangeGitLabRefuses_IsSaid_TheRestIsStillMade_AndItExits1()
    {
        _gitLab.FailNextChange.Enqueue(500); // the first change: creating SalesOpsAR::Action Needed

        var (exitCode, output) = await SetupAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("project 4242: created label \"SalesOpsAR::Action Needed\": GitLab refused it (", output, StringComparison.Ordinal);
        Assert.Contains("project 4242: added a list to the board for label \"SalesOpsAR::Action Needed\" (skipped: its label or board could not be made)", output, StringComparison.Ordinal);
        Assert.DoesNotContain(_gitLab.LabelsNow(), l => l.Name == "SalesOpsAR::Action Needed");
        Assert.Contains(_gitLab.LabelsNow(), l => l.Name == "SalesOpsAR::Completed"); // the rest was tried
        Assert.Equal(["SalesOpsAR::In Progress", "SalesOpsAR::On Hold", "SalesOpsAR::Completed"], Assert.Single(_gitLab.BoardsNow()).Lists.Select(l => l.Label.Name));
    }

    [Fact]
    public async Task TwoProjects_OneWithARefusedChange_TheExitSaysTheWorst()
    {
        _gitLab.FailNextChange.Enqueue(500); // in the first project only

        var (exitCode, output) = await SetupAsync(s => s["GitLab:ProjectIds:1"] = "4343");

        Assert.Equal(1, exitCode); // the second project's 0 does not hide the first one's 1
        Assert.Contains("project 4242: created label \"SalesOpsAR::Action Needed\": GitLab refused it", output, StringComparison.Ordinal);
        Assert.Contains("project 4343: created label \"SalesOpsAR::Action Needed\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGroupLabel_IsUsedAsItIs_AndItsBoardListUsesIt()
    {
        var group = _gitLab.AddGroupLabel("SalesOpsAR::On Hold", "#000000", "the group's words");

        var (exitCode, output) = await SetupAsync();

        Assert.True(exitCode == 0, output);
        Assert.Contains("project 4242: label \"SalesOpsAR::On Hold\" is the group's: used as it is", output, StringComparison.Ordinal);
        Assert.DoesNotContain(_gitLab.Calls(), c => c.StartsWith("PUT ", StringComparison.Ordinal) && c.Contains("/labels/", StringComparison.Ordinal));
        Assert.Equal(("#000000", "the group's words"), (_gitLab.GroupLabelsNow()[0].Color, _gitLab.GroupLabelsNow()[0].Description));
        Assert.Contains(Assert.Single(_gitLab.BoardsNow()).Lists, l => l.Label.Id == group.Id);
    }

    [Fact]
    public async Task ALabelNamedExactly_WinsOverTheSameNameInAnotherCase_ForItsBoardList()
    {
        var other = _gitLab.AddGroupLabel("salesopsar::in progress", "#0033CC"); // listed first
        var exact = _gitLab.AddLabel("SalesOpsAR::In Progress", "#0033CC", "Sales Ops action item is presently being worked on.");

        var (exitCode, output) = await SetupAsync();

        Assert.True(exitCode == 0, output);
        var lists = Assert.Single(_gitLab.BoardsNow()).Lists;
        Assert.Contains(lists, l => l.Label.Id == exact.Id);
        Assert.DoesNotContain(lists, l => l.Label.Id == other.Id);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port; // closed again when disposed: nothing listens there
    }

    private Dictionary<string, string> Environment() => ServiceProcess.Environment(_gitLab, broker: null, ("GitLab__MaxRetries", "0"));
}
