using System.Diagnostics;
using System.Net;
using SalesOpsAr.Worker.Tests.Infrastructure;
using static SalesOpsAr.Simulation.Ars;

namespace SalesOpsAr.Worker.Tests.Features.Reconciling;

/// <summary>
/// An event storm on one AR (a loop between two bots, a script commenting) costs one read per reconcile interval,
/// not one per event, and never holds up another AR's events or an event a read cannot see (a close).
/// </summary>
public sealed class StormTests : PipelineFixture
{
    private static readonly TimeSpan ArInterval = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task StormOfCommentsOnOneAr_CostsAReadPerInterval_AndAnotherArGoesThrough()
    {
        var stormy = GitLab.AddIssue(4242, 601, TemplateCcd, labels: [InProgress], assignees: ["jdoe"]);
        var other = GitLab.AddIssue(4242, 602, TemplateCcd, labels: [ActionNeeded]);
        var elapsed = Stopwatch.StartNew();

        var storm = StormAsync(stormy, seconds: 6, perSecond: 100);
        await StormUnderWay(stormy);
        using (await GitLab.PersonEditsAsync(other, "jdoe", i => i.Assignees.Add("jdoe")))
        {
            await LabelsBecome(other, InProgress);
        }

        var answers = await storm;
        await Idle();
        var stormReads = GitLab.Calls(stormy).Count(c => c == "GET /api/v4/projects/4242/issues/601");

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a));
        Assert.Equal(600, answers.Count);
        Assert.InRange(stormReads, 1, 2 + (int)Math.Ceiling(elapsed.Elapsed / ArInterval));
        Assert.DoesNotContain(GitLab.Calls(stormy), c => c.StartsWith("PUT", StringComparison.Ordinal) || c.StartsWith("POST", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CloseInTheMiddleOfAStorm_IsStillToldToTheDris()
    {
        var ar = GitLab.AddIssue(4242, 603, TemplateCcd, labels: [InProgress], assignees: ["jdoe"]);

        var storm = StormAsync(ar, seconds: 3, perSecond: 100);
        await StormUnderWay(ar);
        using (await GitLab.PersonEditsAsync(ar, "requester", i => i.State = "closed", action: "close"))
        {
            await NotesBecome(ar, 1);
        }

        await storm;
        await Idle();

        var note = Assert.Single(ar.BotNotes()).Body;
        Assert.Contains("This AR was closed while ~\"SalesOpsAR::In Progress\"", note, StringComparison.Ordinal);
    }

    // The storm has reached the reconciler: its AR was read once, so what follows happens in the middle of it.
    private Task StormUnderWay(FakeIssue ar) => Eventually.Until(() => GitLab.Calls(ar).Count, n => n >= 1, $"the storm on #{ar.Iid} under way");

    /// <summary>Delivers the same kind of comment event on the AR, <paramref name="perSecond"/> a second, as distinct deliveries.</summary>
    private async Task<List<HttpStatusCode>> StormAsync(FakeIssue ar, int seconds, int perSecond)
    {
        var answers = new List<HttpStatusCode>();
        var tick = TimeSpan.FromSeconds(0.1);
        for (var t = 0; t < seconds * 10; t++)
        {
            var next = Task.Delay(tick);
            var batch = await Task.WhenAll(Enumerable.Range(0, perSecond / 10).Select(async _ =>
            {
                using var response = await GitLab.DeliverAsync(IssueHookPayload.Note(ar, "watcher", "+1"), "Confidential Note Hook");
                return response.StatusCode;
            }));
            answers.AddRange(batch);
            await next;
        }

        return answers;
    }
}
