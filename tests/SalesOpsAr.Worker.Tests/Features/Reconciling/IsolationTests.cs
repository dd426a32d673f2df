using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Reconciling;

/// <summary>What fails around the reconciler does not hold it up or make it spin.</summary>
public sealed class IsolationTests : PipelineFixture, IDisposable
{
    private readonly StallingSmtp _smtp = new();
    private readonly FakeSlack _slack = new();

    public void Dispose()
    {
        _smtp.Dispose();
        _slack.Dispose();
    }

    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        _slack.Answer(500);
        settings["Notifications:Slack:WebhookUrl"] = _slack.WebhookUrl;
        settings["Notifications:Smtp:Host"] = "127.0.0.1";
        settings["Notifications:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Notifications:Smtp:UseTls"] = "false";
        settings["Notifications:Smtp:From"] = "bot@example.com";
        settings["Notifications:Email:Team:0"] = "team@example.com";
        return settings;
    }

    [Fact]
    public async Task AnnouncementStuckInSmtp_DoesNotHoldTheArsNextEvent()
    {
        var ar = GitLab.AddIssue(4242, 90, Ars.Template);

        using (await GitLab.PersonEditsAsync(ar, "jrequester", _ => { }, action: "open"))
        {
            await NotesBecome(ar, 1);
        }

        await Eventually.Until(() => _smtp.Stalled, n => n > 0, "the new-AR email stuck in the SMTP greeting");
        await Eventually.Until(() => _slack.Messages.Count, n => n >= 1, "the (failed) Slack announcement");
        using (await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe")))
        {
            await LabelsBecome(ar, Ars.InProgress);
            await NotesBecome(ar, 2);
        }

        // Had the reconciler awaited the announcement, the AR's next event would have waited for it to give up.
        Assert.Equal(0, _smtp.GivenUp);
        Assert.True(_smtp.Stalled > 0, "the next event was handled only after the stuck email gave up");
        Assert.Contains("cc @amber @meri", ar.BotNotes()[0].Body, StringComparison.Ordinal);
    }
}

/// <summary>A refused token is not retried in a hot loop: one call, then the error queue.</summary>
public sealed class RefusedTokenTests : PipelineFixture
{
    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["Transport:Retries"] = "5";
        settings["Transport:RetryInterval"] = "00:00:00.100";
        return settings;
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task TokenRefused_OneCallThenTheErrorQueue(int status)
    {
        GitLab.RefuseEveryCall = status; // 401: revoked; 403: valid, but the bot lost its access
        var ar = GitLab.AddIssue(4242, 92, Ars.Template, labels: [Ars.ActionNeeded]);

        using var _ = await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe"));
        await Eventually.Until(() => Broker.MessageCountAsync("salesopsar-ar-changed_error").GetAwaiter().GetResult(), n => n == 1, "the message in the error queue");
        await Idle();

        Assert.Single(GitLab.Calls(ar));
        Assert.Contains(Host.Logs.All().Split('\n'), l => l.Contains($"GitLab answered {status}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ANoteGitLabRefuses_400_IsNotPostedAgainAndAgain_ItGoesToTheErrorQueueOnce()
    {
        var ar = GitLab.AddIssue(4242, 95, Ars.Template);
        for (var i = 0; i < 6; i++)
        {
            ar.FailNextNote.Enqueue(400); // what GitLab answers a note longer than it takes
        }

        using (await GitLab.PersonEditsAsync(ar, "requester", _ => { }, action: "open"))
        {
            await LabelsBecome(ar, Ars.ActionNeeded);
        }

        await Eventually.Until(() => Broker.MessageCountAsync("salesopsar-notes_error").GetAwaiter().GetResult(), n => n == 1, "the refused note in the error queue");
        await Idle();
        Assert.Single(GitLab.Calls(ar), c => c.StartsWith("POST", StringComparison.Ordinal)); // six before: each retry refused again
    }
}
