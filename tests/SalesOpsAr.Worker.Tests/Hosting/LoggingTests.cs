using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Hosting;

/// <summary>What the service writes to its log as deployed: secrets never, and one line an event, not one a call.</summary>
public sealed class LoggingTests : IDisposable
{
    private readonly FakeGitLab _gitLab = new();
    private readonly FakeSlack _slack = new();
    private readonly DirectoryInfo _elsewhere = Directory.CreateTempSubdirectory("salesopsar-cwd-");

    public void Dispose()
    {
        _gitLab.Dispose();
        _slack.Dispose();
        _elsewhere.Delete(recursive: true);
    }

    [Fact]
    public async Task StartedElsewhereAtVerbose_LogsNeitherTheSlackUrlNorTheToken()
    {
        using var service = Start(
            ("Serilog__MinimumLevel__Default", "Verbose"),
            ("Serilog__MinimumLevel__Override__Microsoft", "Verbose"),
            ("Serilog__MinimumLevel__Override__System", "Verbose"),
            ("Serilog__MinimumLevel__Override__Polly", "Verbose"),
            ("Serilog__MinimumLevel__Override__MassTransit", "Verbose"),
            ("Notifications__Slack__WebhookUrl", _slack.WebhookUrl));
        await service.WaitUntilReadyAsync();
        var ar = _gitLab.AddIssue(4242, 90, Ars.Template);

        using (await _gitLab.PersonEditsAsync(ar, "jrequester", _ => { }, action: "open"))
        {
            await Eventually.Until(() => _slack.Messages.Count, n => n >= 1, "the new-AR line in Slack");
        }

        await service.StopAsync(); // everything it wrote, to its last line
        var log = string.Join('\n', service.Output);
        Assert.Contains("\"@l\":\"Debug\"", log, StringComparison.Ordinal); // the levels below Information were on
        Assert.DoesNotContain("T000/B000/XXXXXXXX", log, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeGitLab.Token, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefaultLevels_AtMostTwoLinesAnEvent_NoHttpCallLines()
    {
        using var service = Start(("Serilog__MinimumLevel__Default", "Information"));
        await service.WaitUntilReadyAsync();
        var before = service.Output.Count;
        var ars = Enumerable.Range(0, 20).Select(i => _gitLab.AddIssue(4242, 100 + i, Ars.Template, labels: [Ars.ActionNeeded])).ToList();

        foreach (var ar in ars)
        {
            using var _ = await _gitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe"));
        }

        foreach (var ar in ars)
        {
            await Eventually.Until(ar.BotNotes, n => n.Count == 1, $"AR {ar.Iid} reconciled");
        }

        await service.StopAsync();
        Assert.Equal(0, service.ExitCode); // SIGTERM is a clean stop
        var lines = service.Output.Skip(before).Where(l => !l.Contains("\"@l\":\"Information\"", StringComparison.Ordinal) || !IsShutdown(l)).ToList();
        Assert.True(lines.Count is >= 20 and <= (2 * 20) + 3, $"{lines.Count} lines:\n{string.Join('\n', lines)}"); // queued and applied; the watch's "GitLab is now Accepted" may fall in
        Assert.DoesNotContain(lines, l => l.Contains("\"@l\":\"Debug\"", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("HTTP request", StringComparison.OrdinalIgnoreCase) || l.Contains("/api/v4", StringComparison.Ordinal));
    }

    // The lines a stop writes (the host's "Application is shutting down"), which are no event's.
    private static bool IsShutdown(string line) => line.Contains("shutting down", StringComparison.OrdinalIgnoreCase) || line.Contains("stopp", StringComparison.OrdinalIgnoreCase);

    private RunningService Start(params (string Key, string Value)[] overrides)
    {
        var service = ServiceProcess.Start(ServiceProcess.Environment(_gitLab, broker: null, overrides), _elsewhere.FullName);
        _gitLab.WebhookUrl = service.WebhookUrl;
        _gitLab.WebhookSecret = WorkerHost.WebhookSecret;
        return service;
    }
}
