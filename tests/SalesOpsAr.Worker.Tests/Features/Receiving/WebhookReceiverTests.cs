using System.Net;
using System.Text;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Receiving;

/// <summary>The receiver's answers to bad, irrelevant and unlucky deliveries: clear, 4xx or 2xx, never 5xx, no GitLab call.</summary>
public sealed class WebhookReceiverTests : IAsyncLifetime
{
    private readonly FakeGitLab _gitLab = new();
    private WorkerHost _host = null!;
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        var settings = WorkerHost.Settings(_gitLab, broker: null);
        settings["GitLab:ProjectIds:0"] = "4242";
        settings["Receiver:MaxBodyBytes"] = "4096";
        _host = new WorkerHost(settings);
        _http = new HttpClient { BaseAddress = _host.BaseAddress };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        _gitLab.Dispose();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-secret")]
    [InlineData("TEST-WEBHOOK-SECRET")]
    [InlineData(WorkerHost.WebhookSecret + "-and-more")]
    [InlineData("test-webhook-secre")]
    public async Task Post_WithoutTheSecret_Is401(string? token)
    {
        using var response = await PostAsync(Payload(), token: token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _host.Queued.Count); // final: the receiver answers only after its send
        Assert.Empty(_gitLab.Calls());
    }

    [Theory]
    [InlineData("{\"object_kind\": \"issue\"", "not valid JSON")]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("\"issue\"", "must be a JSON object")]
    [InlineData("null", "must be a JSON object")]
    [InlineData("{\"object_kind\": \"issue\"}", "without object_attributes")]
    [InlineData("{\"object_kind\": \"issue\", \"object_attributes\": {\"iid\": \"7\"}}", "iid must be a positive integer")]
    [InlineData("{\"object_kind\": \"issue\", \"object_attributes\": {\"iid\": -7}}", "iid must be a positive integer")]
    [InlineData("{\"object_kind\": \"issue\", \"object_attributes\": {\"iid\": 99999999999999999999999}}", "iid must be a positive integer")]
    public async Task Post_Malformed_Is400WithAReason(string body, string reason)
    {
        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_EmptyBody_Is400() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync("")).StatusCode);

    [Fact]
    public async Task Post_InvalidUtf8_Is400()
    {
        using var content = new ByteArrayContent([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]);
        content.Headers.ContentType = new("application/json");

        using var response = await SendAsync(content, "Issue Hook");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_OverTheSizeLimit_Is413()
    {
        var huge = Payload(description: new string('x', 5000));

        using var response = await PostAsync(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_WrongContentType_Is415()
    {
        using var content = new StringContent(Payload(), Encoding.UTF8, "text/plain");

        using var response = await SendAsync(content, "Issue Hook");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("Push Hook", "{\"object_kind\": \"push\"}", "is not handled")]
    [InlineData("Issue Hook", "{\"object_kind\": \"work_item\"}", "is not an issue or a note")]
    [InlineData("Note Hook", "{\"object_kind\": \"note\", \"object_attributes\": {\"noteable_type\": \"MergeRequest\"}}", "not on an issue")]
    public async Task Post_OtherEventKinds_Are200Ignored(string header, string body, string reason)
    {
        using var response = await PostAsync(body, header);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FromAnotherProject_Is200Ignored()
    {
        using var response = await PostAsync(Payload(projectId: 1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not in GitLab:ProjectIds", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TheBotsOwnEvent_Is200IgnoredWithoutApiCall()
    {
        using var response = await PostAsync(Payload(actor: FakeGitLab.BotUsername));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("the bot's own event", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, _host.Queued.Count); // final: the receiver answers only after its send
        Assert.Empty(_gitLab.Calls());
    }

    [Fact]
    public async Task Get_OnTheWebhookPath_Is405()
    {
        using var response = await _http.GetAsync("/webhooks/gitlab");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_Relevant_Is202Queued()
    {
        using var response = await PostAsync(Payload());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains("\"status\":\"queued\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SameBodyTwiceWithoutIdempotencyKey_SecondIsADuplicateOfTheFirst()
    {
        var body = Payload();

        using var first = await PostAsync(body);
        using var again = await PostAsync(body);
        using var other = await PostAsync(body.Replace("\"open\"", "\"update\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("\"status\":\"duplicate\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
        Assert.Equal(2, _host.Queued.Count);
    }

    private static string Payload(long projectId = 4242, string actor = "jrequester", string description = Ars.Template)
    {
        var gitLab = new FakeGitLab();
        try
        {
            return IssueHookPayload.Issue(gitLab.AddIssue(projectId, 11, description), actor, "open");
        }
        finally
        {
            gitLab.Dispose();
        }
    }

    private Task<HttpResponseMessage> PostAsync(string body, string eventHeader = "Confidential Issue Hook", string? token = WorkerHost.WebhookSecret) =>
        SendAsync(new StringContent(body, Encoding.UTF8, "application/json"), eventHeader, token);

    private Task<HttpResponseMessage> SendAsync(HttpContent content, string eventHeader, string? token = WorkerHost.WebhookSecret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/gitlab") { Content = content };
        request.Headers.Add("X-Gitlab-Event", eventHeader);
        if (token is not null)
        {
            request.Headers.Add("X-Gitlab-Token", token);
        }

        return _http.SendAsync(request);
    }
}
