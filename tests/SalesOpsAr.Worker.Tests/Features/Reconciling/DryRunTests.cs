using System.Net;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Reconciling;

public sealed class DryRunTests
{
    [Fact]
    public async Task WithoutAToken_PlanIsLoggedFromThePayload_AndGitLabIsNeverCalled()
    {
        using var gitLab = new FakeGitLab();
        await using var host = WorkerHost.Wired(gitLab, s => s["GitLab:Token"] = "");
        var ar = gitLab.AddIssue(4242, 13, Ars.Template, labels: ["NewAccessRequest"]);

        using var response = await gitLab.PersonEditsAsync(ar, "jrequester", _ => { }, action: "open");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var line = (await Eventually.Until(
            () => host.Logs.Messages.Where(m => m.StartsWith("Dry-run", StringComparison.Ordinal)).ToList(),
            l => l.Count > 0, "the dry-run plan in the log")).Single();
        Assert.Contains("4242#13", line, StringComparison.Ordinal);
        Assert.Contains("SalesOpsAR::Action Needed", line, StringComparison.Ordinal);
        Assert.Contains("amber, meri", line, StringComparison.Ordinal);
        Assert.Empty(gitLab.Calls());
        Assert.Empty(ar.BotNotes());
    }

    [Fact]
    public async Task DryRunWithAToken_ReadsButNeverWrites()
    {
        using var gitLab = new FakeGitLab();
        await using var host = WorkerHost.Wired(gitLab, s => s["DryRun"] = "true");
        var ar = gitLab.AddIssue(4242, 14, Ars.Template, labels: [Ars.ActionNeeded]);

        using var _ = await gitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe"));

        await Eventually.Until(() => host.Logs.Messages.Count(m => m.StartsWith("Dry-run", StringComparison.Ordinal)), n => n == 1, "the dry-run plan");
        Assert.Equal(["GET /api/v4/projects/4242/issues/14"], gitLab.Calls());
        Assert.Equal([Ars.ActionNeeded], ar.LabelsNow());
    }
}
