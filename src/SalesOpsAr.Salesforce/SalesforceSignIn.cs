using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace SalesOpsAr.Salesforce;

/// <summary>
/// Signs in server to server (JWT bearer or client credentials, as configured) when a call needs a session and none is
/// held; callers meanwhile share the one sign-in. A session is kept until a call says it expired.
/// </summary>
public sealed class SalesforceSignIn(HttpClient http, IOptions<SalesforceOptions> options, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private SalesforceSession? _session;

    /// <summary>Sign-ins made since start: one per expiry, not one per call.</summary>
    public int SignIns { get; private set; }

    public async Task<SalesforceSession> SessionAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _session) is { } held)
        {
            return held;
        }

        await _turn.WaitAsync(cancellationToken);
        try
        {
            return _session ??= await SignInAsync(cancellationToken);
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Drops a session Salesforce refused, unless another caller has already replaced it.</summary>
    public void Forget(SalesforceSession session) => Interlocked.CompareExchange(ref _session, null, session);

    private async Task<SalesforceSession> SignInAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var login = new Uri(o.LoginUrl.TrimEnd('/') + "/services/oauth2/token");
        var form = o.Flow switch
        {
            SalesforceFlow.JwtBearer => Jwt(o),
            SalesforceFlow.ClientCredentials => new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = o.ClientId,
                ["client_secret"] = o.ClientSecret,
            },
            _ => throw new SalesforceException(SalesforceFailure.SignInRefused, "Salesforce is not configured (Salesforce__Flow)"),
        };
        SignIns++;
        HttpResponseMessage answer;
        try
        {
            using var content = new FormUrlEncodedContent(form);
            answer = await http.PostAsync(login, content, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
        {
            throw new SalesforceException(SalesforceFailure.Unavailable, $"Salesforce's sign-in at {login.Host} did not answer: {e.GetType().Name}", inner: e);
        }

        using (answer)
        {
            JsonNode? body;
            try
            {
                body = JsonNode.Parse(await answer.Content.ReadAsStringAsync(cancellationToken));
            }
            catch (System.Text.Json.JsonException)
            {
                body = null;
            }

            if (answer.StatusCode == HttpStatusCode.OK && body?["access_token"] is JsonValue token && token.TryGetValue<string>(out var accessToken)
                && body["instance_url"] is JsonValue instance && instance.TryGetValue<string>(out var url) && Uri.TryCreate(url, UriKind.Absolute, out var instanceUrl)
                && (instanceUrl.Scheme == Uri.UriSchemeHttps || (o.AllowHttp && instanceUrl.Scheme == Uri.UriSchemeHttp)) && instanceUrl.AbsolutePath == "/")
            {
                return new SalesforceSession(accessToken, instanceUrl);
            }

            var error = body?["error"] is JsonValue e1 && e1.TryGetValue<string>(out var code) ? code : null;
            if (answer.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized && error is not null)
            {
                var said = body!["error_description"] is JsonValue d && d.TryGetValue<string>(out var description) ? description : "";
                throw new SalesforceException(SalesforceFailure.SignInRefused, $"Salesforce refused the sign-in ({error}: {Cut(said)}): check Salesforce__ClientId and the {(o.Flow == SalesforceFlow.JwtBearer ? "username, the key and the app's pre-authorization" : "client secret and the run-as user")}", answer.StatusCode, error);
            }

            throw answer.StatusCode >= HttpStatusCode.InternalServerError
                ? new SalesforceException(SalesforceFailure.Unavailable, $"Salesforce's sign-in failed ({(int)answer.StatusCode})", answer.StatusCode)
                : new SalesforceException(SalesforceFailure.BadAnswer, $"Salesforce's sign-in answered {(int)answer.StatusCode} without the token and https instance address the API documents", answer.StatusCode);
        }
    }

    private Dictionary<string, string> Jwt(SalesforceOptions o)
    {
        using var key = SalesforceAssertion.ReadKey(File.ReadAllText(o.KeyFile));
        var audience = o.Audience.Length > 0 ? o.Audience : o.LoginUrl.TrimEnd('/');
        return new()
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
            ["assertion"] = SalesforceAssertion.Create(key, o.ClientId, o.Username, audience, clock.GetUtcNow()),
        };
    }

    private static string Cut(string text) => text.Length <= 200 ? text : text[..200] + "…";

    public void Dispose() => _turn.Dispose();
}
