using System.Text;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Reconciling;

/// <summary>A message that keeps failing is retried, then parked in the error queue with its reason.</summary>
public sealed class ErrorQueueTests : PipelineFixture
{
    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["GitLab:MaxRetries"] = "0";
        settings["Transport:Retries"] = "1";
        settings["Transport:RetryInterval"] = "00:00:00.100";
        return settings;
    }

    [Fact]
    public async Task GitLabKeepsFailing_MessageLandsInTheErrorQueueWithTheReason()
    {
        var ar = GitLab.AddIssue(4242, 20, Ars.Template, labels: [Ars.ActionNeeded]);
        ar.FailWith = 502;

        using var _ = await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe"));

        await Eventually.Until(() => Broker.MessageCountAsync("salesopsar-ar-changed_error").GetAwaiter().GetResult(), n => n == 1, "one message in the error queue");
        var headers = await Broker.PeekHeadersAsync("salesopsar-ar-changed_error");
        var reason = Encoding.UTF8.GetString((byte[])headers!["MT-Fault-Message"]!);
        Assert.Contains("GitLab answered 502", reason, StringComparison.Ordinal);
        Assert.Equal(2, GitLab.Calls(ar).Count); // the first try and one retry, each a single GET
    }
}
