using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Reconciling;

/// <summary>What fails around the reconciler does not hold it up or make it spin.</summary>
public sealed class IsolationTests : PipelineFixture
{
    private readonly TcpListener _silentSmtp = new(IPAddress.Loopback, 0); // accepts, never greets: a hung mail server
    private readonly FakeSlack _slack = new();

    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        _silentSmtp.Start();
        _slack.Answer(500);
        settings["Notifications:Slack:WebhookUrl"] = _slack.WebhookUrl;
        settings["Notifications:Smtp:Host"] = "127.0.0.1";
        settings["Notifications:Smtp:Port"] = ((IPEndPoint)_silentSmtp.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Notifications:Smtp:UseTls"] = "false";
        settings["Notifications:Smtp:From"] = "bot@example.com";
        settings["Notifications:Email:Team:0"] = "team@example.com";
        return settings;
    }

    [Fact]
    public async Task SmtpHangingAndSlackFailing_DoNotDelayTheReconciler()
    {
        var first = GitLab.AddIssue(4242, 90, Ars.Template);
        var second = GitLab.AddIssue(4242, 91, Ars.Template);

        var clock = Stopwatch.StartNew();
        using (await GitLab.PersonEditsAsync(first, "jrequester", _ => { }, action: "open"))
        using (await GitLab.PersonEditsAsync(second, "jrequester", _ => { }, action: "open"))
        {
            await LabelsBecome(first, Ars.ActionNeeded);
            await LabelsBecome(second, Ars.ActionNeeded);
            await NotesBecome(second, 1);
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed}: the mail server's 10 s timeout held up the reconciler");
        Assert.Contains("cc @amber @meri", Assert.Single(first.BotNotes()).Body, StringComparison.Ordinal);
        await Eventually.Until(() => _slack.Messages.Count, n => n >= 1, "the (failed) Slack announcement");
        _silentSmtp.Stop();
        _slack.Dispose();
    }
}

/// <summary>A refused token is not retried in a hot loop: one call, then the error queue.</summary>
public sealed class RefusedTokenTests : PipelineFixture
{
    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["GitLab:Token"] = "glpat-revoked";
        settings["Transport:Retries"] = "5";
        settings["Transport:RetryInterval"] = "00:00:00.100";
        return settings;
    }

    [Fact]
    public async Task TokenRefused_OneCallThenTheErrorQueue()
    {
        var ar = GitLab.AddIssue(4242, 92, Ars.Template, labels: [Ars.ActionNeeded]);

        using var _ = await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe"));
        await Eventually.Until(() => Broker.MessageCountAsync("salesopsar-ar-changed_error").GetAwaiter().GetResult(), n => n == 1, "the message in the error queue");
        await Eventually.Settle();

        Assert.Single(GitLab.Calls(ar));
        Assert.Contains(Host.Logs.All().Split('\n'), l => l.Contains("GitLab answered 401", StringComparison.Ordinal));
    }
}
