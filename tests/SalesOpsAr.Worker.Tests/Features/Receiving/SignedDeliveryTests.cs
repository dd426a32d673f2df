using System.Net;
using System.Text;
using SalesOpsAr.Worker.Features.Receiving;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Receiving;

/// <summary>Signed deliveries at the receiver: alone, beside the secret token, or both required; no GitLab call on a refusal.</summary>
public sealed class SignedDeliveryTests : IDisposable
{
    private readonly FakeGitLab _gitLab = new();

    public void Dispose() => _gitLab.Dispose();

    private WorkerHost Host(string? secret, WebhookAuthentication authentication = WebhookAuthentication.Either)
    {
        var settings = WorkerHost.Settings(_gitLab, broker: null);
        settings["GitLab:WebhookSecret"] = secret;
        settings["Receiver:SigningToken"] = WebhookSignatureTests.Token;
        settings["Receiver:Authentication"] = authentication.ToString();
        return new WorkerHost(settings);
    }

    private static async Task<HttpResponseMessage> PostAsync(WorkerHost host, string body, string id, DateTimeOffset? at = null, bool sign = true, string? token = null, byte[]? alter = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = (at ?? TimeProvider.System.GetUtcNow()).ToUnixTimeSeconds();
        var signature = WebhookSignatureTests.Sign(WebhookSignatureTests.Key, id, timestamp, bytes);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/gitlab") { Content = new ByteArrayContent(alter ?? bytes) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Gitlab-Event", "Issue Hook");
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (sign)
        {
            request.Headers.Add("webhook-signature", signature);
        }

        if (token is not null)
        {
            request.Headers.Add("X-Gitlab-Token", token);
        }

        return await http.SendAsync(request);
    }

    private string NewAr(long iid) => IssueHookPayload.Issue(_gitLab.AddIssue(4242, iid, Ars.Template), "jrequester", "open");

    [Fact]
    public async Task ASignedDelivery_WithoutTheSecretToken_IsTaken_AndItsWebhookIdIsItsKey()
    {
        await using var host = Host(secret: null);
        var body = NewAr(801);

        using var first = await PostAsync(host, body, "msg_801");
        using var again = await PostAsync(host, body, "msg_801"); // GitLab's retry of the same delivery

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("duplicate", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unsigned", 401, "webhook-id, webhook-timestamp or webhook-signature is missing")]
    [InlineData("an hour old", 401, "webhook-timestamp is more than 5 minutes away")]
    [InlineData("altered", 401, "webhook-signature does not match the signing token")]
    public async Task ABadlySignedDelivery_Is401_WithoutAGitLabCall(string what, int status, string reason)
    {
        await using var host = Host(secret: null);
        var body = NewAr(802);
        var altered = Encoding.UTF8.GetBytes(body.Replace("jrequester", "jrequesteR", StringComparison.Ordinal));

        using var response = what switch
        {
            "unsigned" => await PostAsync(host, body, "msg_802", sign: false),
            "an hour old" => await PostAsync(host, body, "msg_802", at: TimeProvider.System.GetUtcNow().AddHours(-1)),
            _ => await PostAsync(host, body, "msg_802", alter: altered),
        };

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, host.Queued.Count);
        Assert.Empty(_gitLab.Calls());
    }

    [Fact]
    public async Task Migrating_EitherTheSecretTokenOrTheSignatureIsEnough()
    {
        await using var host = Host(secret: WorkerHost.WebhookSecret);

        using var byToken = await PostAsync(host, NewAr(803), "msg_803", sign: false, token: WorkerHost.WebhookSecret);
        using var bySignature = await PostAsync(host, NewAr(804), "msg_804");
        using var byNeither = await PostAsync(host, NewAr(805), "msg_805", sign: false, token: "wrong");

        Assert.Equal(HttpStatusCode.Accepted, byToken.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, bySignature.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byNeither.StatusCode);
    }

    [Fact]
    public async Task BothRequired_OneAloneIsRefused()
    {
        await using var host = Host(secret: WorkerHost.WebhookSecret, WebhookAuthentication.Both);

        using var both = await PostAsync(host, NewAr(806), "msg_806", token: WorkerHost.WebhookSecret);
        using var signatureOnly = await PostAsync(host, NewAr(807), "msg_807");
        using var tokenOnly = await PostAsync(host, NewAr(808), "msg_808", sign: false, token: WorkerHost.WebhookSecret);

        Assert.Equal(HttpStatusCode.Accepted, both.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signatureOnly.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tokenOnly.StatusCode);
    }
}
