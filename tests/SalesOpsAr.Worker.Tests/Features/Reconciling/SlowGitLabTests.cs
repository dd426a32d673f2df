using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Reconciling;

/// <summary>No note is ever posted twice, however slow GitLab is to save one.</summary>
public sealed class SlowGitLabTests : PipelineFixture
{
    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["Transport:RetryInterval"] = "00:00:00.200";
        // GitLab's times a tenth as long, in the same proportions: a read times out after 1 s (10 s), a write after 9 s
        // (90 s), and GitLab's own limit on a request would be 6 s (60 s). The defaults keep that order (GitLabOptionsTests).
        settings["GitLab:RequestTimeout"] = "00:00:01";
        settings["GitLab:WriteTimeout"] = "00:00:09";
        return settings;
    }

    [Fact]
    public async Task NotePostsTaking15To45Seconds_EachArGetsOneCc()
    {
        var ars = new[] { 15, 30, 45 }.Select(tenths =>
        {
            var ar = GitLab.AddIssue(4242, 500 + tenths, Ars.Template);
            ar.NotePostDelay = TimeSpan.FromSeconds(tenths / 10.0); // longer than a read may take, shorter than GitLab's own limit
            return ar;
        }).ToList();

        foreach (var ar in ars)
        {
            using var _ = await GitLab.PersonEditsAsync(ar, "jrequester", _ => { }, action: "open");
        }

        foreach (var ar in ars)
        {
            await Eventually.Until(ar.BotNotes, n => n.Count >= 1, $"the CC on AR {ar.Iid}", seconds: 30);
        }

        await Idle();
        Assert.All(ars, ar =>
        {
            Assert.Contains("cc @amber @meri", Assert.Single(ar.BotNotes()).Body, StringComparison.Ordinal);
            Assert.Single(GitLab.Calls(ar), c => c.StartsWith("POST", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task NoteSavedButAnswered502_TheRetryPostsNoSecond()
    {
        var ar = GitLab.AddIssue(4242, 510, Ars.Template, labels: [Ars.ActionNeeded]);
        ar.NotePostsThatSaveThenFail = 1;

        using (await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe")))
        {
            await LabelsBecome(ar, Ars.InProgress);
        }

        await Eventually.Until(() => GitLab.Calls(ar).Count(c => c.StartsWith("GET /api/v4/projects/4242/issues/510", StringComparison.Ordinal)), n => n >= 2, "the retry's read");
        await Idle();
        Assert.Single(ar.BotNotes());
        Assert.Single(GitLab.Calls(ar), c => c.StartsWith("POST", StringComparison.Ordinal));
    }
}
