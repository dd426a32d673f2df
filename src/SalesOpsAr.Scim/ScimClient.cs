using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesOpsAr.Scim;

/// <summary>
/// A small SCIM 2.0 client for one system: <c>application/scim+json</c> both ways, the bearer token on every call, no
/// redirect followed, answers capped at <see cref="ScimServiceCollectionExtensions.MaxAnswerBytes"/>, RFC 7644's error
/// shape read (<c>status</c>, <c>scimType</c>, <c>detail</c>).
/// </summary>
public sealed class ScimClient(HttpClient http, string system, ScimSystemOptions options) : IScimClient
{
    public const string UserSchema = "urn:ietf:params:scim:schemas:core:2.0:User";
    public const string ListSchema = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    public const string PatchSchema = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    public const string ErrorSchema = "urn:ietf:params:scim:api:messages:2.0:Error";
    public const string MediaType = "application/scim+json";

    // The service's words are shown in a note: cut, as any foreign text is.
    private const int MaxDetail = 200;

    public string System => system;

    public async Task<ScimUser?> FindAsync(string userName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        // RFC 7644 §3.4.2.2: the value is a JSON string; count=2 is enough to tell one user from an ambiguous answer.
        var filter = "userName eq " + JsonSerializer.Serialize(userName);
        using var answer = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, Users($"?filter={Uri.EscapeDataString(filter)}&count=2")), "look up a user", cancellationToken);
        var list = await ReadAsync(answer, "look up a user", cancellationToken);
        if (!Schemas(list).Contains(ListSchema) || list["Resources"] is not JsonArray and not null)
        {
            throw BadAnswer("look up a user", "not a ListResponse");
        }

        var found = (list["Resources"] as JsonArray ?? []).OfType<JsonObject>().Select(r => UserOf(r, null))
            .Where(u => u is not null && string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase)).ToList();
        return found.Count switch
        {
            0 => null,
            1 => found[0],
            _ => throw BadAnswer("look up a user", "two users with one userName"),
        };
    }

    public async Task<ScimWrite> CreateAsync(ScimNewUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = new JsonObject { ["familyName"] = user.FamilyName };
        if (user.GivenName is { } given)
        {
            name["givenName"] = given;
        }

        var body = new JsonObject
        {
            ["schemas"] = new JsonArray(UserSchema),
            ["userName"] = user.UserName,
            ["name"] = name,
            ["emails"] = new JsonArray(new JsonObject { ["value"] = user.Email, ["type"] = "work", ["primary"] = true }),
            ["active"] = true,
        };
        using var answer = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, Users("")) { Content = Content(body) }, "create a user", cancellationToken, refusalsAnswered: true);
        return answer.StatusCode switch
        {
            HttpStatusCode.Created or HttpStatusCode.OK => new ScimWrite(ScimWriteOutcome.Done, UserOf(await ReadAsync(answer, "create a user", cancellationToken), Etag(answer))),
            HttpStatusCode.Conflict when (await ErrorOf(answer, cancellationToken)).ScimType == "uniqueness" => new ScimWrite(ScimWriteOutcome.AlreadyThere),
            _ => new ScimWrite(ScimWriteOutcome.Refused, Detail: await Refusal(answer, cancellationToken)),
        };
    }

    public async Task<ScimWrite> ActivateAsync(ScimUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var current = user;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var body = new JsonObject
            {
                ["schemas"] = new JsonArray(PatchSchema),
                ["Operations"] = new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = "active", ["value"] = true }),
            };
            var target = current;
            using var answer = await SendAsync(() =>
            {
                var request = new HttpRequestMessage(HttpMethod.Patch, Users("/" + Uri.EscapeDataString(target.Id))) { Content = Content(body) };
                if (target.Version is { } version)
                {
                    request.Headers.TryAddWithoutValidation("If-Match", version);
                }

                return request;
            }, "activate a user", cancellationToken, refusalsAnswered: true);
            switch (answer.StatusCode)
            {
                case HttpStatusCode.OK or HttpStatusCode.NoContent:
                    return new ScimWrite(ScimWriteOutcome.Done, answer.StatusCode == HttpStatusCode.OK ? UserOf(await ReadAsync(answer, "activate a user", cancellationToken), Etag(answer)) : current with { Active = true });
                case HttpStatusCode.PreconditionFailed when attempt == 0:
                    // Changed since it was read: read it again; if it is active now, nothing is left to do.
                    current = await FindAsync(user.UserName, cancellationToken) ?? throw BadAnswer("activate a user", "the user went away between a 412 and its look-up");
                    if (current.Active)
                    {
                        return new ScimWrite(ScimWriteOutcome.Done, current);
                    }

                    continue;
                default:
                    return new ScimWrite(ScimWriteOutcome.Refused, Detail: await Refusal(answer, cancellationToken));
            }
        }

        return new ScimWrite(ScimWriteOutcome.Refused, Detail: "the user kept changing while the bot activated it (412 twice)");
    }

    private Uri Users(string rest) => new(options.Url.TrimEnd('/') + "/Users" + rest);

    private static StringContent Content(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, MediaType);

    // refusalsAnswered: a 4xx is the caller's to read (a write's outcome); otherwise any non-2xx throws.
    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> build, string what, CancellationToken cancellationToken, bool refusalsAnswered = false)
    {
        using var request = build();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
        request.Headers.Accept.ParseAdd(MediaType);
        HttpResponseMessage answer;
        try
        {
            answer = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
        {
            throw new ScimException($"{system}'s SCIM service did not answer ({what}): {e.GetType().Name}", null, inner: e);
        }

        var status = (int)answer.StatusCode;
        if (answer.IsSuccessStatusCode || (refusalsAnswered && status is >= 400 and < 500 and not 401 and not 403 and not 429))
        {
            return answer;
        }

        using (answer)
        {
            var error = await ErrorOf(answer, cancellationToken);
            throw new ScimException(status switch
            {
                401 or 403 => $"{system}'s SCIM service refused the bot's token ({status}) to {what}",
                >= 300 and < 400 => $"{system}'s SCIM service answered a redirect ({status}) to {what}; not followed",
                _ => $"{system}'s SCIM service answered {status} to {what}{(error.Detail is { } d ? ": " + d : "")}",
            }, status, error.ScimType);
        }
    }

    private static ScimUser? UserOf(JsonObject resource, string? etag)
    {
        if (Text(resource["id"]) is not { } id || Text(resource["userName"]) is not { } userName)
        {
            return null;
        }

        return new ScimUser
        {
            Id = id,
            UserName = userName,
            Active = resource["active"] is not JsonValue active || !active.TryGetValue<bool>(out var on) || on, // RFC 7643: active absent is not "inactive"
            Version = etag ?? Text(resource["meta"]?["version"]),
        };
    }

    private static string? Etag(HttpResponseMessage answer) => answer.Headers.ETag?.ToString();

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length is > 0 and <= 1024 ? text : null;

    private static List<string> Schemas(JsonObject node) => (node["schemas"] as JsonArray ?? []).Select(Text).OfType<string>().ToList();

    private async Task<JsonObject> ReadAsync(HttpResponseMessage answer, string what, CancellationToken cancellationToken)
    {
        try
        {
            return JsonNode.Parse(await answer.Content.ReadAsStringAsync(cancellationToken)) as JsonObject ?? throw BadAnswer(what, "not a JSON object");
        }
        catch (JsonException e)
        {
            throw new ScimException($"{system}'s SCIM service answered {what} with something that is not JSON", (int)answer.StatusCode, inner: e);
        }
    }

    // RFC 7644 §3.12: {"schemas": [Error], "status": "409", "scimType": "uniqueness", "detail": "…"}; anything else, nothing.
    private static async Task<(string? ScimType, string? Detail)> ErrorOf(HttpResponseMessage answer, CancellationToken cancellationToken)
    {
        try
        {
            var node = JsonNode.Parse(await answer.Content.ReadAsStringAsync(cancellationToken)) as JsonObject;
            var detail = node is null ? null : Text(node["detail"]);
            return (node is null ? null : Text(node["scimType"]), detail is { Length: > MaxDetail } ? detail[..MaxDetail] + "…" : detail);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static async Task<string> Refusal(HttpResponseMessage answer, CancellationToken cancellationToken)
    {
        var (scimType, detail) = await ErrorOf(answer, cancellationToken);
        return $"{(int)answer.StatusCode}{(scimType is null ? "" : " " + scimType)}{(detail is null ? "" : ": " + detail)}";
    }

    private ScimException BadAnswer(string what, string why) => new($"{system}'s SCIM service answered {what} with {why}", (int?)null);
}
