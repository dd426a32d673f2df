using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using SalesOpsAr.Worker.Features.Receiving;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Receiving;

/// <summary>Hostile and odd bodies: a clear 4xx or a harmless 2xx, never a 5xx, no GitLab call, and the service keeps serving.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private readonly FakeGitLab _gitLab = new();
    private WorkerHost _host = null!;
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _host = WorkerHost.Wired(_gitLab);
        _http = new HttpClient { BaseAddress = _host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        _gitLab.Dispose();
    }

    [Fact]
    public async Task DeeplyNestedJson_Is400()
    {
        var body = string.Concat(Enumerable.Repeat("{\"a\":", 500)) + "1" + new string('}', 500);

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _host.Queued.Count); // final: the receiver answers only after its send
        Assert.Empty(_gitLab.Calls());
    }

    [Fact]
    public async Task LegalTwentyMegabyteIssueHook_IsTakenAndTheArReconciled()
    {
        // GitLab allows 1,048,576-character descriptions and sends an edit's old and new text beside the current one;
        // with JSON's escapes of non-ASCII text, one legal delivery is some 20 MB.
        var ar = _gitLab.AddIssue(4242, 70, Ars.Template + "\n\n" + new string('é', 1_040_000));
        var previous = ar.Description[..^1];
        var body = IssueHookPayload.Issue(ar, "jrequester", "update", previousDescription: previous);
        Assert.InRange(Encoding.UTF8.GetByteCount(body), 16 * 1024 * 1024, ReceiverOptions.GitLabMaxBodyBytes);

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.Until(ar.LabelsNow, l => l.Contains(Ars.ActionNeeded), "Action Needed on the AR");
    }

    [Fact]
    public async Task LegalTwentyMegabyteIssueHook_SentChunked_IsTaken()
    {
        var ar = _gitLab.AddIssue(4242, 72, Ars.Template + "\n\n" + new string('é', 1_040_000));
        var body = Encoding.UTF8.GetBytes(IssueHookPayload.Issue(ar, "jrequester", "update", previousDescription: ar.Description[..^1]));
        using var content = new ChunkedContent(body);
        content.Headers.ContentType = new("application/json"); // as GitLab sends every hook

        using var response = await SendAsync(content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(body.Length, content.Written);
    }

    [Fact]
    public async Task BodyOneByteOverGitLabsOwnLimit_Is413BeforeItIsRead()
    {
        // The length is declared, so the answer comes before the body: read it as GitLab's client would, off the socket.
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _host.BaseAddress.Port);
        var stream = client.GetStream();
        var head = "POST /webhooks/gitlab HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + $"X-Gitlab-Token: {WorkerHost.WebhookSecret}\r\nX-Gitlab-Event: Issue Hook\r\n"
            + $"Content-Length: {ReceiverOptions.GitLabMaxBodyBytes + 1}\r\n\r\n{{\"object_kind\":\"issue\",\"padding\":\"";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(new byte[1024 * 1024]);

        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var read = await stream.ReadAsync(buffer, timeout.Token);
        var answer = Encoding.ASCII.GetString(buffer, 0, read);

        Assert.StartsWith("HTTP/1.1 413", answer, StringComparison.Ordinal);
        Assert.Equal(0, _host.Queued.Count); // final: the receiver answers only after its send
        Assert.Empty(_gitLab.Calls());
    }

    [Fact]
    public async Task DeliveryWithoutIdempotencyKey_IsLoggedUnderItsBodysHash()
    {
        var ar = _gitLab.AddIssue(4242, 73, Ars.Template);

        using var response = await PostAsync(IssueHookPayload.Issue(ar, "jrequester", "open"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var queued = Assert.Single(_host.Logs.Messages, m => m.StartsWith("Queued AR 4242#73", StringComparison.Ordinal));
        Assert.Matches("\\(delivery \"?sha256:[0-9a-f]{64}\"?\\)$", queued);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[1, true, null, {\"name\": \"no title\"}, \"SalesOpsAR::On Hold\"]")]
    [InlineData("{\"title\": \"not an array\"}")]
    public async Task OddLabelShapes_AreToleratedNot500(string labels)
    {
        var body = $$"""
            {"object_kind":"issue","user":{"username":"jrequester"},"project":{"id":4242},
             "object_attributes":{"iid":71,"state":"opened","action":"update","description":"- [ ] SFDC: profile","labels":{{labels}}},
             "labels":{{labels}}}
            """;

        using var response = await PostAsync(body);

        Assert.True(response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, $"{response.StatusCode}");
    }

    [Fact]
    public async Task EndlessChunkedBody_IsCutOffAtTheLimit()
    {
        using var content = new EndlessContent(64 * 1024 * 1024);
        content.Headers.ContentType = new("application/json");

        HttpStatusCode? status = null;
        try
        {
            using var response = await SendAsync(content);
            status = response.StatusCode;
        }
        catch (HttpRequestException)
        {
            // The server stopped reading and closed before the client could read the 413: also a refusal.
        }

        Assert.True(status is null or HttpStatusCode.RequestEntityTooLarge, $"{status}");
        Assert.True(content.Written < ReceiverOptions.GitLabMaxBodyBytes + (8 * 1024 * 1024), $"{content.Written} of 64 MiB were taken before the connection was cut");
        using var stillServing = await _http.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, stillServing.StatusCode);
    }

    [Fact]
    public async Task StalledUpload_IsDroppedWithin20Seconds_WhileOthersAreServed()
    {
        var port = _host.BaseAddress.Port;
        using var slow = new TcpClient();
        await slow.ConnectAsync(IPAddress.Loopback, port);
        var stream = slow.GetStream();
        var head = "POST /webhooks/gitlab HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + $"X-Gitlab-Token: {WorkerHost.WebhookSecret}\r\nX-Gitlab-Event: Issue Hook\r\nContent-Length: 5000\r\n\r\n{{\"object_kind\":";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        using (var meanwhile = await _http.GetAsync("/health/live"))
        {
            Assert.Equal(HttpStatusCode.OK, meanwhile.StatusCode);
        }

        var clock = Stopwatch.StartNew();
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var read = await stream.ReadAsync(buffer, timeout.Token);
        var answer = Encoding.ASCII.GetString(buffer, 0, read);

        Assert.True(read == 0 || answer.StartsWith("HTTP/1.1 408", StringComparison.Ordinal), answer);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20));
        Assert.Equal(0, _host.Queued.Count); // final: the receiver answers only after its send
        Assert.Empty(_gitLab.Calls());
    }

    private Task<HttpResponseMessage> PostAsync(string body) => SendAsync(new StringContent(body, Encoding.UTF8, "application/json"));

    private Task<HttpResponseMessage> SendAsync(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/gitlab") { Content = content };
        request.Headers.Add("X-Gitlab-Event", "Issue Hook");
        request.Headers.Add("X-Gitlab-Token", WorkerHost.WebhookSecret);
        return _http.SendAsync(request);
    }

    /// <summary>A known body sent chunked (no Content-Length), 64 KiB at a time, counting what went out.</summary>
    private sealed class ChunkedContent(byte[] body) : HttpContent
    {
        public long Written { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var at = 0; at < body.Length; at += 64 * 1024)
            {
                var chunk = body.AsMemory(at, Math.Min(64 * 1024, body.Length - at));
                await stream.WriteAsync(chunk);
                Written += chunk.Length;
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    /// <summary>A chunked body of the given size, produced as it is sent, counting what went out.</summary>
    private sealed class EndlessContent(long size) : HttpContent
    {
        public long Written { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
            try
            {
                while (Written < size)
                {
                    await stream.WriteAsync(chunk);
                    Written += chunk.Length;
                }
            }
            catch (IOException)
            {
                // The server answered and closed: exactly what is expected.
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
