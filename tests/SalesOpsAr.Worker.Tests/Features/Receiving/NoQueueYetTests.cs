using System.Net;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Receiving;

/// <summary>
/// Quorum mode, a receiver alone on a broker where no reconciler ever declared the queue: the event cannot
/// be held, so the receiver must say 503 (GitLab's Resend recovers it) rather than accept and lose it.
/// </summary>
public sealed class NoQueueYetTests : PipelineFixture
{
    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["Transport:QuorumQueues"] = "true";
        settings["Roles"] = "receiver";
        return settings;
    }

    [Fact]
    public async Task ReceiverAlone_InQuorumModeWithoutTheQueue_Answers503()
    {
        var ar = GitLab.AddIssue(4242, 62, Ars.Template);

        using var response = await GitLab.PersonEditsAsync(ar, "jrequester", _ => { }, action: "open");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
