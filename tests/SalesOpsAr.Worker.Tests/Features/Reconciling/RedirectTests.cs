using SalesOpsAr.Worker.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SalesOpsAr.Worker.Tests.Features.Reconciling;

/// <summary>The bot's token never follows a redirect: a 302 from GitLab is an answer (a failing one), not a detour.</summary>
public sealed class RedirectTests : IDisposable
{
    private readonly FakeGitLab _gitLab = new();
    private readonly WireMockServer _elsewhere = WireMockServer.Start();

    public RedirectTests() => _elsewhere.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));

    public void Dispose()
    {
        _gitLab.Dispose();
        _elsewhere.Stop();
        _elsewhere.Dispose();
    }

    [Fact]
    public async Task GitLabRedirectingEverything_TheOtherHostNeverSeesARequest()
    {
        await using var host = WorkerHost.Wired(_gitLab, s =>
        {
            s["GitLab:MaxRetries"] = "0";
            s["Transport:Retries"] = "0";
        });
        var ar = _gitLab.AddIssue(4242, 80, Ars.Template, labels: [Ars.ActionNeeded]);
        _gitLab.RedirectTo = new Uri(_elsewhere.Url!);

        using (await _gitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe")))
        {
            await Eventually.Until(() => host.Logs.All(), l => l.Contains("GitLab answered 302", StringComparison.Ordinal), "the redirect refused as an answer");
        }

        Assert.Empty(_elsewhere.LogEntries);
        Assert.Equal([Ars.ActionNeeded], ar.LabelsNow());
    }
}
