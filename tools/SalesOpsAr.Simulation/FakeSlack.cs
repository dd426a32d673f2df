using System.Text.Json.Nodes;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SalesOpsAr.Simulation;

/// <summary>A Slack incoming webhook faked with WireMock.Net: answers "ok" (or a failure) and keeps what it got.</summary>
public sealed class FakeSlack : IDisposable
{
    private const string Path = "/services/T000/B000/XXXXXXXX";
    private readonly WireMockServer _server = LoopbackWireMock.Start();

    public FakeSlack() => Answer(200);

    public string WebhookUrl => _server.Url + Path;

    /// <summary>The <c>text</c> of every message received, successful or not.</summary>
    public IReadOnlyList<string> Messages => _server.LogEntries
        .Where(e => e.RequestMessage.Path == Path)
        .Select(e => JsonNode.Parse(e.RequestMessage.Body ?? "{}")?["text"]?.GetValue<string>() ?? "")
        .ToList();

    /// <summary>From now on, answer with this status (Slack answers 200 "ok" when all is well).</summary>
    public void Answer(int status)
    {
        _server.ResetMappings();
        _server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithBody(status == 200 ? "ok" : "internal_error"));
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
