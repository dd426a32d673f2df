using System.Diagnostics;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Platform.Bus;

/// <summary>With Transport:QuorumQueues the work and error queues are quorum queues, and the pipeline works as before.</summary>
public sealed class QuorumQueueTests : PipelineFixture
{
    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["Transport:QuorumQueues"] = "true";
        settings["GitLab:MaxRetries"] = "0";
        settings["Transport:Retries"] = "0";
        return settings;
    }

    [Fact]
    public async Task QuorumQueues_CarryEventsAndFaults()
    {
        var ok = GitLab.AddIssue(4242, 60, Ars.Template, labels: [Ars.ActionNeeded]);
        var failing = GitLab.AddIssue(4242, 61, Ars.Template, labels: [Ars.ActionNeeded]);
        failing.FailWith = 500;
        await ReadyAsync(); // the consumer declares the quorum queue; the receiver only sends to its exchange

        using (await GitLab.PersonEditsAsync(ok, "jdoe", i => i.Assignees.Add("jdoe")))
        using (await GitLab.PersonEditsAsync(failing, "jdoe", i => i.Assignees.Add("jdoe")))
        {
            await LabelsBecome(ok, Ars.InProgress);
            await Eventually.Until(() => Broker.MessageCountAsync("salesopsar-ar-changed_error").GetAwaiter().GetResult(), n => n == 1, "the fault in the error queue");
        }

        var types = await QueueTypesAsync();
        Assert.Equal("quorum", types[Broker.Prefix + "salesopsar-ar-changed"]);
        Assert.Equal("quorum", types[Broker.Prefix + "salesopsar-ar-changed_error"]);
    }

    private async Task ReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Host.BaseAddress };
        await Eventually.Until(() => http.GetAsync("/health/ready").GetAwaiter().GetResult().StatusCode, s => s == System.Net.HttpStatusCode.OK, "readiness");
    }

    // The queue type is not visible over AMQP; the broker's own CLI (installed by tests/run.sh) tells.
    private static async Task<Dictionary<string, string>> QueueTypesAsync()
    {
        var start = new ProcessStartInfo("rabbitmqctl", "-q list_queues name type") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["RABBITMQ_NODENAME"] = TestServices.RabbitMqNode;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"rabbitmqctl list_queues failed: {error}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1].Trim());
    }
}
