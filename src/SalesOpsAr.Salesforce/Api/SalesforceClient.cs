using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace SalesOpsAr.Salesforce.Api;

/// <summary>
/// A small typed client for Salesforce's REST API: one sign-in reused until Salesforce answers <c>INVALID_SESSION_ID</c>,
/// then one fresh sign-in and one more try; the budget checked before each call and read from each answer; batches
/// followed only within the org's own API paths; no redirect followed (the handler does not, and a 3xx is an error).
/// </summary>
public sealed class SalesforceClient(HttpClient http, IOptions<SalesforceOptions> options, SalesforceBudget budget, SalesforceSignIn signIn) : ISalesforceClient
{
    /// <summary>Records per batch Salesforce sends at most; the page loop's bound follows from the caller's maximum.</summary>
    public const int BatchSize = 2000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new SalesforceDateTimeConverter() } };

    // A record's fields as Salesforce names them (Username, LastName: as written, not camel case).
    private static readonly JsonSerializerOptions Fields = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public SalesforceBudget Budget => budget;

    public async Task<SalesforceSeats> ReadSeatsAsync(SalesforceSeatQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var version = options.Value.ApiVersion;
        var parts = new JsonArray(
            Subrequest(version, "seats", "SELECT Name, MasterLabel, Status, TotalLicenses, UsedLicenses FROM UserLicense"),
            Subrequest(version, "addons", "SELECT MasterLabel, DeveloperName, Status, TotalLicenses, UsedLicenses, ExpirationDate FROM PermissionSetLicense"));
        if (query.Profiles)
        {
            parts.Add(Subrequest(version, "profiles", "SELECT Name, UserLicense.Name FROM Profile"));
        }

        var emails = query.Emails.Where(e => !string.IsNullOrWhiteSpace(e)).Distinct(StringComparer.OrdinalIgnoreCase).Take(SalesforceSeatQuery.MaxEmails).ToList();
        if (emails.Count > 0)
        {
            parts.Add(Subrequest(version, "users",
                $"SELECT Id, Username, Email, IsActive, Profile.Name, Profile.UserLicense.Name FROM User WHERE Email IN ({string.Join(", ", emails.Select(Soql.Literal))})"));
        }

        if (query.IdleDays is { } days)
        {
            parts.Add(Subrequest(version, "idle", Soql.IdleCount(days)));
        }

        var body = new JsonObject { ["allOrNone"] = false, ["compositeRequest"] = parts };
        using var answer = await SendAsync(session => new HttpRequestMessage(HttpMethod.Post, new Uri(session.InstanceUrl, $"/services/data/{version}/composite"))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        }, "composite", cancellationToken);
        var read = await ReadAsync<JsonObject>(answer, "composite", cancellationToken);
        var responses = read["compositeResponse"] as JsonArray ?? throw BadAnswer("composite", "no compositeResponse");
        return new SalesforceSeats(
            Part<SalesforceUserLicense>(responses, "seats"),
            Part<SalesforcePermissionSetLicense>(responses, "addons"))
        {
            Profiles = query.Profiles ? Part<SalesforceProfile>(responses, "profiles") : [],
            Users = emails.Count > 0 ? Part<SalesforceUser>(responses, "users") : [],
            Idle = query.IdleDays is not null ? Part<SalesforceIdleCount>(responses, "idle") : [],
        };
    }

    public async Task<IReadOnlyList<SalesforceSaveResult>> CreateUsersAsync(IReadOnlyList<SalesforceNewUser> users, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(users);
        var version = options.Value.ApiVersion;
        var results = new List<SalesforceSaveResult>(users.Count);
        foreach (var chunk in users.Chunk(CollectionSize))
        {
            var records = new JsonArray([.. chunk.Select(u =>
            {
                var record = JsonSerializer.SerializeToNode(u, Fields)!.AsObject();
                record.Insert(0, "attributes", new JsonObject { ["type"] = "User" });
                return (JsonNode)record;
            })]);
            var body = new JsonObject { ["allOrNone"] = false, ["records"] = records };
            using var answer = await SendAsync(session => new HttpRequestMessage(HttpMethod.Post, new Uri(session.InstanceUrl, $"/services/data/{version}/composite/sobjects"))
            {
                Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
            }, "create users", cancellationToken);
            var saved = await ReadAsync<List<SalesforceSaveResult>>(answer, "create users", cancellationToken);
            if (saved.Count != chunk.Length)
            {
                throw BadAnswer("create users", $"{saved.Count} results for {chunk.Length} users");
            }

            results.AddRange(saved);
        }

        return results;
    }

    public async Task<IReadOnlyList<SalesforceSaveResult>> ReactivateUsersAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var version = options.Value.ApiVersion;
        var results = new List<SalesforceSaveResult>(ids.Count);
        foreach (var chunk in ids.Chunk(CollectionSize))
        {
            var records = new JsonArray([.. chunk.Select(id => (JsonNode)new JsonObject
            {
                ["attributes"] = new JsonObject { ["type"] = "User" },
                ["Id"] = IsId(id) ? id : throw new ArgumentException($"'{id}' is not a Salesforce id", nameof(ids)),
                ["IsActive"] = true,
            })]);
            var body = new JsonObject { ["allOrNone"] = false, ["records"] = records };
            using var answer = await SendAsync(session => new HttpRequestMessage(HttpMethod.Patch, new Uri(session.InstanceUrl, $"/services/data/{version}/composite/sobjects"))
            {
                Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
            }, "reactivate users", cancellationToken);
            var saved = await ReadAsync<List<SalesforceSaveResult>>(answer, "reactivate users", cancellationToken);
            if (saved.Count != chunk.Length)
            {
                throw BadAnswer("reactivate users", $"{saved.Count} results for {chunk.Length} users");
            }

            results.AddRange(saved);
        }

        return results;
    }

    public async Task<IReadOnlyDictionary<string, string>> IdsByNameAsync(string sobject, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (sobject is not ("Profile" or "UserRole"))
        {
            throw new ArgumentException("only Profile and UserRole are looked up by name", nameof(sobject));
        }

        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase).Chunk(SalesforceSeatQuery.MaxEmails))
        {
            var soql = $"SELECT Id, Name FROM {sobject} WHERE Name IN ({string.Join(", ", chunk.Select(Soql.Literal))})";
            foreach (var record in (await QueryAsync<SalesforceIdentified>(soql, chunk.Length * 2, cancellationToken)).Records)
            {
                if (record is { Id: { } id, Name: { } name } && IsId(id))
                {
                    ids.TryAdd(name, id);
                }
            }
        }

        return ids;
    }

    public async Task<Uri> LinkAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            throw new ArgumentException($"'{id}' is not a Salesforce id", nameof(id));
        }

        var session = await signIn.SessionAsync(cancellationToken);
        return new Uri(session.InstanceUrl, "/" + id);
    }

    /// <summary>A Salesforce record id: 15 or 18 ASCII letters and digits (anything else from an answer is not one).</summary>
    public static bool IsId(string? id) => id is { Length: 15 or 18 } && id.All(char.IsAsciiLetterOrDigit);

    public async Task<IReadOnlyList<SalesforceUser>> FindUsersAsync(IReadOnlyCollection<string> usernames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(usernames);
        var found = new List<SalesforceUser>();
        foreach (var chunk in usernames.Distinct(StringComparer.OrdinalIgnoreCase).Chunk(SalesforceSeatQuery.MaxEmails))
        {
            var soql = $"SELECT Id, Username, Email, IsActive, Profile.Name, Profile.UserLicense.Name FROM User WHERE Username IN ({string.Join(", ", chunk.Select(Soql.Literal))})";
            found.AddRange((await QueryAsync<SalesforceUser>(soql, chunk.Length, cancellationToken)).Records);
        }

        return found;
    }

    /// <summary>Records per sObject Collections call, Salesforce's own limit.</summary>
    public const int CollectionSize = 200;

    public async Task<SalesforceRecords<T>> QueryAsync<T>(string soql, int maxRecords, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(soql);
        var version = options.Value.ApiVersion;
        var records = new List<T>();
        var path = $"/services/data/{version}/query?q={Uri.EscapeDataString(soql)}";
        var total = 0;
        for (var batch = 0; batch <= maxRecords / BatchSize + 1; batch++)
        {
            var next = path;
            using var answer = await SendAsync(session => new HttpRequestMessage(HttpMethod.Get, new Uri(session.InstanceUrl, next)), "query", cancellationToken);
            var result = await ReadAsync<SalesforceQueryResult<T>>(answer, "query", cancellationToken);
            total = result.TotalSize;
            var room = maxRecords - records.Count;
            records.AddRange(result.Records.Take(room));
            if (result.Done || records.Count >= maxRecords)
            {
                return new SalesforceRecords<T>(records, total, Complete: result.Done && result.Records.Count <= room);
            }

            // The next batch is a path of the org's own API, never an address elsewhere.
            if (result.NextRecordsUrl is not { } following || !following.StartsWith($"/services/data/{version}/query/", StringComparison.Ordinal)
                || following.Contains("//", StringComparison.Ordinal) || following.Contains('\\', StringComparison.Ordinal))
            {
                throw BadAnswer("query", "a next batch that is not a query path of this org");
            }

            path = following;
        }

        return new SalesforceRecords<T>(records, total, Complete: false);
    }

    private static JsonObject Subrequest(string version, string reference, string soql) => new()
    {
        ["method"] = "GET",
        ["url"] = $"/services/data/{version}/query?q={Uri.EscapeDataString(soql)}",
        ["referenceId"] = reference,
    };

    private static IReadOnlyList<T> Part<T>(JsonArray responses, string reference)
    {
        var part = responses.OfType<JsonObject>().FirstOrDefault(r => r["referenceId"]?.GetValue<string>() == reference)
            ?? throw BadAnswer("composite", $"no answer for {reference}");
        var status = part["httpStatusCode"]?.GetValue<int>() ?? 0;
        if (status != 200)
        {
            var (code, message) = Error(part["body"]);
            throw new SalesforceException(SalesforceFailure.Refused, $"Salesforce refused the {reference} query ({status} {code}): {message}", (HttpStatusCode)status, code);
        }

        try
        {
            return part["body"].Deserialize<SalesforceQueryResult<T>>(Json)?.Records ?? [];
        }
        catch (JsonException e)
        {
            throw BadAnswer("composite", $"the {reference} records are not what the API documents", e);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Func<SalesforceSession, HttpRequestMessage> build, string endpoint, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (budget.Refusal() is { } refusal)
            {
                throw new SalesforceException(refusal, refusal == SalesforceFailure.LimitExceeded
                    ? "Salesforce said the org's daily API allowance is spent (REQUEST_LIMIT_EXCEEDED); no call for an hour"
                    : $"this service has used its share of Salesforce's daily API allowance ({budget.OwnCalls} of {budget.OwnAllowance} calls, Salesforce__BudgetShare {budget.Share.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture)}); no call until it frees");
            }

            var session = await signIn.SessionAsync(cancellationToken);
            using var request = build(session);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
            budget.Count();
            HttpResponseMessage answer;
            try
            {
                answer = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
            {
                throw new SalesforceException(SalesforceFailure.Unavailable, $"Salesforce did not answer {endpoint}: {e.GetType().Name}", inner: e);
            }

            budget.Read(answer.Headers.TryGetValues("Sforce-Limit-Info", out var limit) ? limit.FirstOrDefault() : null);
            if (answer.IsSuccessStatusCode)
            {
                return answer;
            }

            using (answer)
            {
                var (code, message) = Error(await ReadNodeAsync(answer, cancellationToken));
                switch (answer.StatusCode)
                {
                    case HttpStatusCode.Unauthorized when attempt == 0:
                        signIn.Forget(session); // expired: one fresh sign-in, one more try
                        continue;
                    case HttpStatusCode.Unauthorized:
                        throw new SalesforceException(SalesforceFailure.SessionRefused, $"Salesforce refused a fresh session for {endpoint} ({code})", answer.StatusCode, code);
                    case HttpStatusCode.Forbidden when code == "REQUEST_LIMIT_EXCEEDED":
                        budget.Exceeded();
                        throw new SalesforceException(SalesforceFailure.LimitExceeded, "Salesforce said the org's daily API allowance is spent (REQUEST_LIMIT_EXCEEDED); no call for an hour", answer.StatusCode, code);
                    case >= HttpStatusCode.MultipleChoices and < HttpStatusCode.BadRequest:
                        throw BadAnswer(endpoint, $"a redirect ({(int)answer.StatusCode}), not followed");
                    case >= HttpStatusCode.InternalServerError or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests:
                        throw new SalesforceException(SalesforceFailure.Unavailable, $"Salesforce failed {endpoint} ({(int)answer.StatusCode}) after the retries", answer.StatusCode, code);
                    default:
                        throw new SalesforceException(SalesforceFailure.Refused, $"Salesforce refused {endpoint} ({(int)answer.StatusCode} {code}): {message}", answer.StatusCode, code);
                }
            }
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage answer, string endpoint, CancellationToken cancellationToken)
    {
        try
        {
            return await answer.Content.ReadFromJsonAsync<T>(Json, cancellationToken) ?? throw BadAnswer(endpoint, "an empty answer");
        }
        catch (JsonException e)
        {
            throw BadAnswer(endpoint, "an answer that is not the JSON the API documents", e);
        }
    }

    private static async Task<JsonNode?> ReadNodeAsync(HttpResponseMessage answer, CancellationToken cancellationToken)
    {
        try
        {
            var text = await answer.Content.ReadAsStringAsync(cancellationToken);
            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Salesforce's error shape: [{"message": "...", "errorCode": "..."}] (or one object); its text is cut: it may echo the query.
    private static (string? Code, string? Message) Error(JsonNode? body)
    {
        var first = body is JsonArray list ? list.FirstOrDefault() as JsonObject : body as JsonObject;
        var code = first?["errorCode"] is JsonValue c && c.TryGetValue<string>(out var cs) ? cs : null;
        var message = first?["message"] is JsonValue m && m.TryGetValue<string>(out var ms) ? ms : null;
        return (code, message is { Length: > 200 } ? message[..200] + "…" : message);
    }

    private static SalesforceException BadAnswer(string endpoint, string what, Exception? inner = null) =>
        new(SalesforceFailure.BadAnswer, $"Salesforce's answer to {endpoint} is {what}", inner: inner);
}
