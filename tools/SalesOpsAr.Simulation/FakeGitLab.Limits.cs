using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace SalesOpsAr.Simulation;

// What every route shares: the token, the rate limit, paging, redirects, JSON answers and routing.
public sealed partial class FakeGitLab
{
    private static ResponseMessage Paged(IRequestMessage request, List<JsonNode> all)
    {
        var page = int.Parse(request.Query?.TryGetValue("page", out var p) == true ? p[0] : "1", CultureInfo.InvariantCulture);
        var perPage = Math.Min(100, int.Parse(request.Query?.TryGetValue("per_page", out var pp) == true ? pp[0] : "20", CultureInfo.InvariantCulture));
        var next = page * perPage < all.Count ? (page + 1).ToString(CultureInfo.InvariantCulture) : "";
        return Json(200, new JsonArray([.. all.Skip((page - 1) * perPage).Take(perPage).Select(n => n.DeepClone())]), ("x-next-page", next), ("x-page", page.ToString(CultureInfo.InvariantCulture)));
    }

    // GitLab.com's authenticated limit over a sliding window: 429 with Retry-After and RateLimit-* once spent.
    private ResponseMessage? Throttle()
    {
        if (RateLimitPerMinute <= 0 || _window.TryTake(Clock.GetUtcNow(), RateLimitPerMinute, RateLimitWindow) is not { } reset)
        {
            return null;
        }

        Interlocked.Increment(ref _throttled);
        return TooManyRequests(reset, RateLimitPerMinute);
    }

    private ResponseMessage TooManyRequests(DateTimeOffset reset, int limit)
    {
        var wait = Math.Max(1, (int)Math.Ceiling((reset - Clock.GetUtcNow()).TotalSeconds));
        return Json(429, new JsonObject { ["message"] = "Retry later" },
            ("Retry-After", wait.ToString(CultureInfo.InvariantCulture)),
            ("RateLimit-Limit", limit.ToString(CultureInfo.InvariantCulture)),
            ("RateLimit-Remaining", "0"),
            ("RateLimit-Reset", reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
    }

    private bool Authorized(IRequestMessage request) =>
        RefuseEveryCall is null && request.Headers?.TryGetValue("PRIVATE-TOKEN", out var token) == true && token![0] == Token;

    private ResponseMessage Refusal() => RefuseEveryCall == 403
        ? Json(403, new JsonObject { ["message"] = "403 Forbidden" })
        : Json(401, new JsonObject { ["message"] = "401 Unauthorized" });

    private static ResponseMessage Json(int status, JsonNode body, params (string Name, string Value)[] headers)
    {
        var response = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsString = body.ToJsonString(), DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        };
        foreach (var (name, value) in headers)
        {
            response.Headers[name] = new WireMockList<string>(value);
        }

        return response;
    }

    private void RouteAsync(string method, string pathRegex, Func<IRequestMessage, Task<ResponseMessage>> handler) =>
        _server.Given(Request.Create().WithPath(new RegexMatcher(pathRegex)).UsingMethod(method))
            .RespondWith(Response.Create().WithCallback(async request => (IResponseMessage)(Redirect(request) ?? await handler(request))));

    private void Route(string method, string pathRegex, Func<IRequestMessage, ResponseMessage> handler) =>
        _server.Given(Request.Create().WithPath(new RegexMatcher(pathRegex)).UsingMethod(method))
            .RespondWith(Response.Create().WithCallback(request => Redirect(request) ?? handler(request)));

    private ResponseMessage? Redirect(IRequestMessage request) => RedirectTo is not { } target ? null
        : Json(302, new JsonObject { ["message"] = "moved" }, ("Location", new Uri(target, request.Path).ToString()));

    private static string IssuePath(string suffix = "") => @"^/api/v4/projects/\d+/issues/\d+" + Regex.Escape(suffix) + "$";

    [GeneratedRegex(@"/projects/(\d+)/issues")]
    private static partial Regex ProjectPattern();

    [GeneratedRegex(@"/projects/(\d+)/issues/(\d+)")]
    private static partial Regex IssuePattern();
}
