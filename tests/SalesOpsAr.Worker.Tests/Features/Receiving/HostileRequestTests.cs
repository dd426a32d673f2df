using System.Net;
using System.Net.Sockets;
using System.Text;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Receiving;

/// <summary>Requests no GitLab sends: each gets a 4xx (GitLab counts 5xx towards disabling the hook) or is handled without harm.</summary>
public sealed class HostileRequestTests : IAsyncLifetime
{
    private readonly FakeGitLab _gitLab = new();
    private WorkerHost _host = null!;

    public Task InitializeAsync()
    {
        _host = WorkerHost.Wired(_gitLab);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _gitLab.Dispose();
    }

    [Fact]
    public async Task LoneSurrogateEscape_Is400()
    {
        var body = Payload(61).Replace("\"title\":\"", "\"title\":\"\\ud800x", StringComparison.Ordinal);

        var (status, text) = await RawAsync(Request(body));

        Assert.Equal(400, status);
        Assert.Contains("lone surrogate", text, StringComparison.Ordinal);
        Assert.Equal(0, _host.Queued.Count);
    }

    [Fact]
    public async Task ChunkSizeThatOverflows_Is400()
    {
        var head = Head("Transfer-Encoding: chunked");
        var (status, _) = await RawAsync(head + "ffffffffffffffffffffffff\r\n{}\r\n0\r\n\r\n");

        Assert.Equal(400, status);
        Assert.Equal(0, _host.Queued.Count);
    }

    [Fact]
    public async Task EventUuidThatIsNoUuid_IsDropped_TheEventStillHandled()
    {
        var ar = _gitLab.AddIssue(4242, 62, Ars.Template, labels: [Ars.ActionNeeded]);
        ar.Assignees.Add("jdoe");
        var body = IssueHookPayload.Issue(ar, "jdoe", "update", previousAssignees: []);

        var (status, _) = await RawAsync(Request(body, "X-Gitlab-Event-UUID: ünïcödé-☃\r\n"));
        await Eventually.Until(ar.BotNotes, n => n.Count == 1, "the AR reconciled");

        Assert.Equal(202, status);
        Assert.All(_gitLab.HeaderOnCalls(ar, "X-Gitlab-Event-UUID"), Assert.Null);
        Assert.Contains(_host.Logs.Messages, m => m.Contains("X-Gitlab-Event-UUID dropped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IdempotencyKeyOf30Kilobytes_IsHashed_AndStillDedupes()
    {
        var key = new string('k', 30_000);
        var body = Payload(63);

        var (first, _) = await RawAsync(Request(body, $"Idempotency-Key: {key}\r\n"));
        var (again, text) = await RawAsync(Request(body, $"Idempotency-Key: {key}\r\n"));

        Assert.Equal((202, 200), (first, again));
        Assert.Contains("duplicate", text, StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Logs.All().Split('\n'), l => l.Contains(key, StringComparison.Ordinal));
        Assert.Contains(_host.Logs.Messages, m => m.Contains("key-sha256:", StringComparison.Ordinal));
    }

    private string Payload(long iid) => IssueHookPayload.Issue(_gitLab.AddIssue(4242, iid, Ars.Template), "jrequester", "open");

    private string Head(string extra) =>
        $"POST /webhooks/gitlab HTTP/1.1\r\nHost: {_host.BaseAddress.Authority}\r\nContent-Type: application/json\r\n"
        + $"X-Gitlab-Event: Issue Hook\r\nX-Gitlab-Token: {WorkerHost.WebhookSecret}\r\n{extra}\r\nConnection: close\r\n\r\n";

    private string Request(string body, string headers = "") =>
        $"POST /webhooks/gitlab HTTP/1.1\r\nHost: {_host.BaseAddress.Authority}\r\nContent-Type: application/json\r\n"
        + $"X-Gitlab-Event: Issue Hook\r\nX-Gitlab-Token: {WorkerHost.WebhookSecret}\r\n{headers}"
        + $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}";

    // Raw bytes on a socket: HttpClient refuses to send what these tests need to send.
    private async Task<(int Status, string Text)> RawAsync(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _host.BaseAddress.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        return (int.Parse(text.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), text);
    }
}
