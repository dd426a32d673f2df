using System.Net;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Reconciling;

/// <summary>A worker process killed while its GitLab call is in flight: the message comes back to another worker.</summary>
public sealed class WorkerKilledTests : IAsyncLifetime
{
    private readonly FakeGitLab _gitLab = new();
    private BrokerScope _broker = null!;

    public async Task InitializeAsync() => _broker = await BrokerScope.CreateAsync();

    public async Task DisposeAsync()
    {
        await _broker.DisposeAsync();
        _gitLab.Dispose();
    }

    [Fact]
    public async Task KilledMidCall_MessageIsRedelivered_ArEndsRight_NoDuplicateNote()
    {
        var ar = _gitLab.AddIssue(4242, 110, Ars.Template);
        ar.PutDelay = TimeSpan.FromSeconds(3);

        using (var doomed = ServiceProcess.Start(Environment()))
        {
            await doomed.WaitUntilReadyAsync();
            _gitLab.WebhookUrl = doomed.WebhookUrl;
            _gitLab.WebhookSecret = WorkerHost.WebhookSecret;
            using var accepted = await _gitLab.PersonEditsAsync(ar, "jrequester", _ => { }, action: "open");
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            await Eventually.Until(() => ar.PutsReceived, n => n == 1, "the label edit in flight");
            doomed.Kill();
        }

        ar.PutDelay = TimeSpan.Zero;
        using var survivor = ServiceProcess.Start(Environment());
        await survivor.WaitUntilReadyAsync();

        await Eventually.Until(ar.LabelsNow, l => l.Contains(Ars.ActionNeeded), "Action Needed after the redelivery", seconds: 60);
        await Eventually.Until(ar.BotNotes, n => n.Count >= 1, "the CC note", seconds: 60);
        await survivor.StopAsync(); // what it had not finished goes back to the broker, where the counts below see it
        var note = Assert.Single(ar.BotNotes());
        Assert.Contains("cc @amber @meri", note.Body, StringComparison.Ordinal);
        Assert.Equal(0u, await _broker.MessageCountAsync("salesopsar-ar-changed")); // null (no such queue) fails too
        Assert.Equal(0u, await _broker.MessageCountAsync("salesopsar-notes"));
    }

    private Dictionary<string, string> Environment() => ServiceProcess.Environment(_gitLab, _broker, ("GitLab__RequestTimeout", "00:00:10"));
}
