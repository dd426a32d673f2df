using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using SalesOpsAr.Worker.Platform.Telemetry;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Receiving;

/// <summary>
/// What the receiver answers, logs and counts for each kind of delivery — the words of each answer, the exact size
/// limit, and the outcome metric — as an operator reading a refused delivery in GitLab's log would need them.
/// Alone in the process: it listens to the service's meter, which every host in the process shares.
/// </summary>
[Collection(Platform.Telemetry.AloneInTheProcess.Name)]
public sealed class ReceiverAnswersTests : IAsyncLifetime
{
    private const int Limit = 4096;

    private readonly FakeGitLab _gitLab = new();
    private readonly MeterListener _listener = new();
    private readonly List<string> _outcomes = [];
    private int _latencies;
    private WorkerHost _host = null!;
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _host = WorkerHost.Wired(_gitLab, s => s["Receiver:MaxBodyBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _gitLab.WebhookUrl = null; // no echoes of the bot's own edits: each delivery here is the test's
        _http = new HttpClient { BaseAddress = _host.BaseAddress };
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == SalesOpsArMetrics.MeterName && instrument.Name is "salesopsar.webhooks" or "salesopsar.receive_to_enqueue")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            lock (_outcomes)
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "outcome")
                    {
                        _outcomes.Add((string)tag.Value!);
                    }
                }
            }
        });
        _listener.SetMeasurementEventCallback<double>((_, _, _, _) => Interlocked.Increment(ref _latencies));
        _listener.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _listener.Dispose();
        _http.Dispose();
        await _host.DisposeAsync();
        _gitLab.Dispose();
    }

    [Theory]
    [InlineData("wrong", "application/json", "{\"object_kind\":\"issue\"}", 401, "X-Gitlab-Token is missing or wrong")]
    [InlineData(WorkerHost.WebhookSecret, "text/plain", "{\"object_kind\":\"issue\"}", 415, "Content-Type must be application/json")]
    [InlineData(WorkerHost.WebhookSecret, "", "{\"object_kind\":\"issue\"}", 415, "Content-Type must be application/json")]
    [InlineData(WorkerHost.WebhookSecret, "application/json", "", 400, "body is empty")]
    public async Task ARefusal_SaysWhy_InTheAnswerAndTheLog_AndIsCounted(string token, string contentType, string body, int status, string why)
    {
        using var response = await PostAsync(body, token, contentType);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains($"\"status\":\"refused\",\"error\":\"{why}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(_host.Logs.Messages, m => m.StartsWith("Webhook refused: ", StringComparison.Ordinal) && m.Contains(why, StringComparison.Ordinal));
        Assert.Equal(["refused"], Outcomes());
    }

    [Fact]
    public async Task ABodyOfExactlyTheLimit_IsRead_OneByteMore_Is413BeforeAnyRead()
    {
        var ar = _gitLab.AddIssue(4242, 90, Ars.Template);
        var hook = IssueHookPayload.Issue(ar, "requester", "open");
        var exactly = hook + new string(' ', Limit - Encoding.UTF8.GetByteCount(hook));

        using (var atLimit = await PostAsync(exactly))
        {
            Assert.Equal(HttpStatusCode.Accepted, atLimit.StatusCode);
        }

        using var over = await PostAsync(exactly + " ");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
        Assert.Contains($"body is over {Limit} bytes", await over.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(true, over.Headers.ConnectionClose); // declared too long: refused before any read, the connection stays usable
    }

    [Fact]
    public async Task AChunkedBodyOfExactlyTheLimit_IsRead_OneByteMore_Is413()
    {
        var ar = _gitLab.AddIssue(4242, 91, Ars.Template);
        var hook = IssueHookPayload.Issue(ar, "requester", "open");
        var exactly = hook + new string(' ', Limit - Encoding.UTF8.GetByteCount(hook));

        using (var atLimit = await PostAsync(exactly, chunked: true))
        {
            Assert.True(atLimit.StatusCode == HttpStatusCode.Accepted, await atLimit.Content.ReadAsStringAsync());
        }

        using var over = await PostAsync(exactly + " ", chunked: true);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
        Assert.Contains($"body is over {Limit} bytes", await over.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(over.Headers.ConnectionClose, "the rest of a body of unknown length is not drained: the connection closes");
    }

    [Fact]
    public async Task QueuedIgnoredAndDuplicate_AreEachCountedAndLogged_AndTheQueuedOnesTimed()
    {
        var ar = _gitLab.AddIssue(4242, 92, Ars.Template);
        var hook = IssueHookPayload.Issue(ar, "requester", "open");

        using (var queued = await PostAsync(hook, key: "delivery-92"))
        {
            Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
            Assert.Contains("\"status\":\"queued\"", await queued.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var again = await PostAsync(hook, key: "delivery-92"))
        {
            Assert.Contains("\"status\":\"duplicate\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var other = await PostAsync(IssueHookPayload.Issue(_gitLab.AddIssue(4242, 93, Ars.NonSales), "requester", "open")))
        {
            Assert.Contains("\"status\":\"ignored\",\"reason\":", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(["queued", "duplicate", "ignored"], Outcomes());
        Assert.Equal(1, Volatile.Read(ref _latencies));
        Assert.Contains(_host.Logs.Messages, m => m.StartsWith("Duplicate delivery of AR 4242#92 dropped", StringComparison.Ordinal));
        Assert.Contains(_host.Logs.Messages, m => m.StartsWith("Webhook ignored: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutAnEventHeader_TheBodyItselfSaysWhatItIs()
    {
        var ar = _gitLab.AddIssue(4242, 94, Ars.Template);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/gitlab") { Content = new StringContent(IssueHookPayload.Issue(ar, "requester", "open"), Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Gitlab-Token", WorkerHost.WebhookSecret);

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData("not-a-uuid", true)]
    [InlineData("2f1e0b9c-5d0a-4c9e-8e1c-7a6b5c4d3e2f", false)]
    [InlineData(null, false)]
    public async Task AnEventUuidThatIsNotOne_IsDropped_AndSaidSo(string? header, bool logged)
    {
        var ar = _gitLab.AddIssue(4242, 95, Ars.Template);

        using var response = await PostAsync(IssueHookPayload.Issue(ar, "requester", "open"), eventUuid: header);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(logged, _host.Logs.Messages.Any(m => m.StartsWith("X-Gitlab-Event-UUID dropped", StringComparison.Ordinal)));
    }

    private List<string> Outcomes()
    {
        lock (_outcomes)
        {
            return [.. _outcomes];
        }
    }

    private async Task<HttpResponseMessage> PostAsync(
        string body, string token = WorkerHost.WebhookSecret, string contentType = "application/json", bool chunked = false, string? key = null, string? eventUuid = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        HttpContent content = chunked ? new StreamContent(new ChunkedStream(bytes)) : new ByteArrayContent(bytes);
        if (contentType.Length > 0)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType); // none at all: "" (GitLab always sends one)
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/gitlab") { Content = content };
        request.Headers.Add("X-Gitlab-Event", "Issue Hook");
        request.Headers.Add("X-Gitlab-Token", token);
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        if (eventUuid is not null)
        {
            request.Headers.Add("X-Gitlab-Event-UUID", eventUuid);
        }

        if (chunked)
        {
            request.Headers.TransferEncodingChunked = true;
        }

        return await _http.SendAsync(request);
    }

    // A stream of unknown length, so HttpClient sends it chunked.
    private sealed class ChunkedStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
