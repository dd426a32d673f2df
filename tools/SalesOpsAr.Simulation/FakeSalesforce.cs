using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace SalesOpsAr.Simulation;

/// <summary>
/// Salesforce's REST API faked statefully, as shared/brief/connectors.md describes it: both server-to-server sign-ins
/// (the JWT's signature, issuer, subject, audience and expiry checked; a wrong one is 400 <c>invalid_grant</c>), sessions
/// that expire into 401 <c>INVALID_SESSION_ID</c>, SOQL over <c>UserLicense</c>, <c>PermissionSetLicense</c> and
/// <c>User</c> in batches of 2,000 (<c>nextRecordsUrl</c>), <c>composite</c> (one call of the allowance), the daily
/// allowance in <c>Sforce-Limit-Info</c> and 403 <c>REQUEST_LIMIT_EXCEEDED</c> past it, and injected faults.
/// </summary>
public sealed partial class FakeSalesforce : IDisposable
{
    public const string ClientId = "3MVG9fake.consumer.key";
    public const string ClientSecret = "fake-client-secret-0123456789";
    public const string Username = "salesops-ar-bot@acme.example";
    public const string Audience = "https://login.salesforce.com";
    public const int BatchSize = 2000;

    private readonly WireMockServer _server = LoopbackWireMock.Start();
    private readonly RSA _key = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, byte> _sessions = new();
    private readonly ConcurrentDictionary<string, List<JsonNode>> _cursors = new();
    private readonly ConcurrentQueue<int> _faults = new();
    private int _createCalls;
    private int _updateCalls;
    private int _createAttempts;
    private bool _timedOut;
    private readonly List<FakeSalesforceUser> _users = [];
    private int _apiUsed;
    private int _signIns;
    private int _nextCursor;

    public FakeSalesforce()
    {
        UserLicenses.Add(new FakeSeats("Salesforce", 250, 248));
        UserLicenses.Add(new FakeSeats("Salesforce Platform", 50, 12));
        PermissionSetLicenses.Add(new FakeSeats("SalesforceCPQ_CPQStandardPerm", 20, 20));
        Route("POST", "^/services/oauth2/token$", Token);
        Route("GET", @"^/services/data/v\d+\.\d+/query$", request => Data(request, () => Query(request.Query?["q"]?.FirstOrDefault())));
        Route("GET", @"^/services/data/v\d+\.\d+/query/[^/]+$", request => Data(request, () => NextBatch(request.Path.Split('/')[^1])));
        Route("POST", @"^/services/data/v\d+\.\d+/composite$", request => Data(request, () => Composite(request.Body)));
        Route("POST", @"^/services/data/v\d+\.\d+/composite/sobjects$", request =>
        {
            if (Interlocked.Increment(ref _createAttempts) == ExpireSessionsAtCreateAttempt)
            {
                ExpireSessions(); // the session ends between two create calls of one batch: this one is refused, unsaved
            }

            return Data(request, () => AfterCreating(CreateRecords(request.Body)));
        });
        Route("PATCH", @"^/services/data/v\d+\.\d+/composite/sobjects$", request => Data(request, () => UpdateRecords(request.Body)));
    }

    public string Url => _server.Url!;

    /// <summary>The connected app certificate's private key, PEM (PKCS#8), as an operator mounts it.</summary>
    public string PrivateKeyPem => _key.ExportPkcs8PrivateKeyPem();

    /// <summary>The clock the JWT's expiry and the users' last logins are judged by.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>The org's daily allowance (<c>Sforce-Limit-Info</c>'s second number).</summary>
    public int ApiMax { get; set; } = 15_000;

    /// <summary>Calls counted against the allowance (sign-ins are not).</summary>
    public int ApiUsed => Volatile.Read(ref _apiUsed);

    public int SignIns => Volatile.Read(ref _signIns);

    /// <summary>Calls the company's other integrations made today: they count against the same allowance.</summary>
    public void SpentByOthers(int calls) => Interlocked.Add(ref _apiUsed, calls);

    /// <summary>When set, answers to data calls are this text, not JSON.</summary>
    public bool AnswerMalformed { get; set; }

    public List<FakeSeats> UserLicenses { get; } = [];

    public List<FakeSeats> PermissionSetLicenses { get; } = [];

    /// <summary>Usernames taken in other orgs: Salesforce's usernames are unique across all of them.</summary>
    public HashSet<string> TakenElsewhere { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>sObject Collections calls that created users, and the users created.</summary>
    public int CreateCalls => Volatile.Read(ref _createCalls);

    /// <summary>sObject Collections calls that changed users (reactivations).</summary>
    public int UpdateCalls => Volatile.Read(ref _updateCalls);

    /// <summary>
    /// The next create call saves its users, then its answer is lost on the way back: the caller sees a gateway timeout
    /// (504), as when Salesforce finished after the client's proxy gave up. Cleared once it happened.
    /// </summary>
    public bool TimeOutAfterCreating { get; set; }

    /// <summary>The create call (counting from 1) at which every session ends: it answers 401 <c>INVALID_SESSION_ID</c> unsaved; 0: never.</summary>
    public int ExpireSessionsAtCreateAttempt { get; set; }

    /// <summary>The org's roles (<c>UserRole</c>), by name.</summary>
    public HashSet<string> Roles { get; } = new(StringComparer.Ordinal) { "AE - West", "AE - EMEA", "SDR - EMEA" };

    /// <summary>The org's profiles and the user licence each consumes.</summary>
    public Dictionary<string, string> Profiles { get; } = new(StringComparer.Ordinal)
    {
        ["Standard User"] = "Salesforce",
        ["System Administrator"] = "Salesforce",
        ["Account Executive"] = "Salesforce",
        ["SDR"] = "Salesforce",
        ["Sales Analyst"] = "Salesforce Platform",
        ["Chatter Free User"] = "Chatter Free",
    };

    /// <summary>Every call (method and path), sign-ins included.</summary>
    public IReadOnlyList<string> Calls() => [.. _server.LogEntries.Select(e => $"{e.RequestMessage.Method} {e.RequestMessage.Path}")];

    /// <summary>This service's data calls (not sign-ins): what it spent of the allowance.</summary>
    public int DataCalls => Calls().Count(c => !c.EndsWith("/oauth2/token", StringComparison.Ordinal));

    public FakeSeats Licence(string name) => UserLicenses.Concat(PermissionSetLicenses).Single(l => l.Name == name);

    /// <summary>Every session ends: the next call answers 401 <c>INVALID_SESSION_ID</c>.</summary>
    public void ExpireSessions() => _sessions.Clear();

    /// <summary>The next data calls answer these statuses (5xx, 401 with no fresh session, …), one each.</summary>
    public void FailNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _faults.Enqueue(status);
        }
    }

    public FakeSalesforceUser AddUser(string name, string licence = "Salesforce", bool active = true, DateTimeOffset? lastLogin = null)
    {
        lock (_users)
        {
            var user = new FakeSalesforceUser($"005{_users.Count + 1:D15}", $"{name.Replace(' ', '.').ToLowerInvariant()}@acme.example", name, licence, active, lastLogin);
            _users.Add(user);
            return user;
        }
    }

    /// <summary>Deactivates a user, as an admin does: its seat is free.</summary>
    public void Deactivate(FakeSalesforceUser user)
    {
        lock (_users)
        {
            var at = _users.FindIndex(u => u.Id == user.Id);
            if (_users[at].IsActive)
            {
                _users[at] = _users[at] with { IsActive = false };
                Licence(user.Licence).Used--;
            }
        }
    }

    public IReadOnlyList<FakeSalesforceUser> Users()
    {
        lock (_users)
        {
            return [.. _users];
        }
    }

    private ResponseMessage AfterCreating(ResponseMessage answer)
    {
        if (!_timedOut)
        {
            return answer;
        }

        _timedOut = false;
        TimeOutAfterCreating = false;
        return Json(504, new JsonArray(new JsonObject { ["message"] = "upstream request timeout", ["errorCode"] = "GATEWAY_TIMEOUT" }));
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
        _key.Dispose();
    }

    // POST /services/oauth2/token: the JWT bearer or the client credentials flow; a refusal is 400 {"error", "error_description"}.
    private ResponseMessage Token(IRequestMessage request)
    {
        var form = (request.Body ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : "");
        var grant = form.GetValueOrDefault("grant_type");
        (string Error, string Description)? refusal = grant switch
        {
            "urn:ietf:params:oauth:grant-type:jwt-bearer" => JwtRefusal(form.GetValueOrDefault("assertion")),
            "client_credentials" => form.GetValueOrDefault("client_id") == ClientId && form.GetValueOrDefault("client_secret") == ClientSecret
                ? null : ("invalid_client", "invalid client credentials"),
            _ => ("unsupported_grant_type", "grant type not supported"),
        };
        if (refusal is { } refused)
        {
            return Json(400, new JsonObject { ["error"] = refused.Error, ["error_description"] = refused.Description });
        }

        Interlocked.Increment(ref _signIns);
        var token = "00Dfake!" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _sessions[token] = 0;
        return Json(200, new JsonObject
        {
            ["access_token"] = token,
            ["instance_url"] = Url,
            ["id"] = $"{Url}/id/00Dfake/005fake",
            ["token_type"] = "Bearer",
            ["issued_at"] = Clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            ["scope"] = "api",
        });
    }

    private (string Error, string Description)? JwtRefusal(string? assertion)
    {
        if (assertion is null)
        {
            return ("invalid_request", "assertion is missing");
        }

        var result = new JsonWebTokenHandler().ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            IssuerSigningKey = new RsaSecurityKey(_key.ExportParameters(false)),
            ValidIssuer = ClientId,
            ValidAudience = Audience,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = (_, expires, _, _) => expires is { } at && at > Clock.GetUtcNow().UtcDateTime && at <= Clock.GetUtcNow().UtcDateTime.AddMinutes(3).AddSeconds(5),
        }).GetAwaiter().GetResult();
        if (!result.IsValid)
        {
            return ("invalid_grant", result.Exception is SecurityTokenInvalidLifetimeException ? "expired authorization code" : "invalid assertion");
        }

        return result.Claims.TryGetValue("sub", out var sub) && sub as string == Username ? null : ("invalid_grant", "user hasn't approved this consumer");
    }

    // Every data call: the bearer checked, counted against the allowance, faults injected, Sforce-Limit-Info on the answer.
    private ResponseMessage Data(IRequestMessage request, Func<ResponseMessage> answer)
    {
        var bearer = request.Headers?.TryGetValue("Authorization", out var auth) == true ? auth.FirstOrDefault() : null;
        if (bearer is null || !bearer.StartsWith("Bearer ", StringComparison.Ordinal) || !_sessions.ContainsKey(bearer["Bearer ".Length..]))
        {
            return Errors(401, "INVALID_SESSION_ID", "Session expired or invalid");
        }

        var used = Interlocked.Increment(ref _apiUsed);
        if (used > ApiMax)
        {
            return Errors(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.", used);
        }

        if (_faults.TryDequeue(out var status))
        {
            return status == 401 ? Errors(401, "INVALID_SESSION_ID", "Session expired or invalid", used) : Errors(status, "SERVER_UNAVAILABLE", "injected fault", used);
        }

        if (AnswerMalformed)
        {
            return Text(200, "{\"totalSize\": 3, \"done\": tru");
        }

        var response = answer();
        response.Headers!["Sforce-Limit-Info"] = new WireMockList<string>($"api-usage={used}/{ApiMax}");
        return response;
    }

    private void Route(string method, string pathRegex, Func<IRequestMessage, ResponseMessage> handler) =>
        _server.Given(Request.Create().WithPath(new RegexMatcher(pathRegex)).UsingMethod(method))
            .RespondWith(Response.Create().WithCallback(request => handler(request)));

    private ResponseMessage Errors(int status, string code, string message, int? used = null)
    {
        var response = Json(status, new JsonArray(new JsonObject { ["message"] = message, ["errorCode"] = code }));
        if (used is { } u)
        {
            response.Headers!["Sforce-Limit-Info"] = new WireMockList<string>($"api-usage={u}/{ApiMax}");
        }

        return response;
    }

    private static ResponseMessage Json(int status, JsonNode body) => Text(status, body.ToJsonString());

    private static ResponseMessage Text(int status, string body) => new()
    {
        StatusCode = status,
        BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json;charset=UTF-8") },
    };
}
