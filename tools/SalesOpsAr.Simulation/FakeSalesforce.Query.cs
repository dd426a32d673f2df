using System.Globalization;
using System.Text.Json.Nodes;
using WireMock;

namespace SalesOpsAr.Simulation;

// SOQL as far as the product sends it: every licence; active users, optionally those idle for N days.
public sealed partial class FakeSalesforce
{
    private ResponseMessage Query(string? soql)
    {
        var (status, body) = Run(soql);
        return Json(status, body);
    }

    private (int Status, JsonNode Body) Run(string? soql)
    {
        var text = soql ?? "";
        var from = text.IndexOf(" FROM ", StringComparison.OrdinalIgnoreCase);
        if (!text.StartsWith("SELECT ", StringComparison.OrdinalIgnoreCase) || from < 0)
        {
            return (400, Error("MALFORMED_QUERY", "unexpected token: " + (text.Length > 40 ? text[..40] : text)));
        }

        var rest = text[(from + 6)..].Trim();
        var sobject = rest.Split(' ')[0];
        List<JsonNode>? records = sobject switch
        {
            "UserLicense" => [.. UserLicenses.Select(l => (JsonNode)new JsonObject
            {
                ["attributes"] = Attributes("UserLicense", "100"),
                ["Name"] = l.Name,
                ["MasterLabel"] = l.Name,
                ["Status"] = "Active",
                ["TotalLicenses"] = l.Total,
                ["UsedLicenses"] = l.Used,
            })],
            "PermissionSetLicense" => [.. PermissionSetLicenses.Select(l => (JsonNode)new JsonObject
            {
                ["attributes"] = Attributes("PermissionSetLicense", "0PL"),
                ["MasterLabel"] = l.Name,
                ["DeveloperName"] = l.Name,
                ["Status"] = "Active",
                ["TotalLicenses"] = l.Total,
                ["UsedLicenses"] = l.Used,
                ["ExpirationDate"] = null,
            })],
            "User" => [.. Users().Where(u => Matches(u, rest)).Select(u => (JsonNode)new JsonObject
            {
                ["attributes"] = Attributes("User", u.Id),
                ["Id"] = u.Id,
                ["Username"] = u.Username,
                ["Email"] = u.Email,
                ["Name"] = u.Name,
                ["IsActive"] = u.IsActive,
                ["LastLoginDate"] = u.LastLoginDate?.ToString("yyyy-MM-ddTHH:mm:ss.fff+0000", CultureInfo.InvariantCulture),
                ["Profile"] = new JsonObject
                {
                    ["attributes"] = Attributes("Profile", "00e"),
                    ["Name"] = u.Profile,
                    ["UserLicense"] = new JsonObject { ["attributes"] = Attributes("UserLicense", "100"), ["Name"] = u.Licence },
                },
            })],
            _ => null,
        };
        return records is null ? (400, Error("INVALID_TYPE", $"sObject type '{sobject}' is not supported.")) : (200, Batch(records, 0));
    }

    // WHERE IsActive = true, and LastLoginDate = null OR LastLoginDate < LAST_N_DAYS:n (both optional).
    private bool Matches(FakeSalesforceUser user, string rest)
    {
        if (rest.Contains("IsActive = true", StringComparison.OrdinalIgnoreCase) && !user.IsActive)
        {
            return false;
        }

        const string Idle = "LAST_N_DAYS:";
        var at = rest.IndexOf(Idle, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return true;
        }

        var days = int.Parse(new string([.. rest[(at + Idle.Length)..].TakeWhile(char.IsAsciiDigit)]), CultureInfo.InvariantCulture);
        return user.LastLoginDate is not { } login || login < Clock.GetUtcNow().Date.AddDays(-days);
    }

    // A batch of 2,000 at most; the rest behind nextRecordsUrl, as Salesforce pages a query's results.
    private JsonObject Batch(List<JsonNode> records, int offset)
    {
        var done = offset + BatchSize >= records.Count;
        var batch = new JsonObject
        {
            ["totalSize"] = records.Count,
            ["done"] = done,
            ["records"] = new JsonArray([.. records.Skip(offset).Take(BatchSize).Select(r => r.DeepClone())]),
        };
        if (!done)
        {
            var cursor = $"01gFAKE{Interlocked.Increment(ref _nextCursor):D10}-{offset + BatchSize}";
            _cursors[cursor] = records;
            batch["nextRecordsUrl"] = $"/services/data/v62.0/query/{cursor}";
        }

        return batch;
    }

    private ResponseMessage NextBatch(string cursor)
    {
        var dash = cursor.LastIndexOf('-');
        return dash > 0 && _cursors.TryGetValue(cursor, out var records) && int.TryParse(cursor[(dash + 1)..], CultureInfo.InvariantCulture, out var offset)
            ? Json(200, Batch(records, offset))
            : Json(400, Error("INVALID_QUERY_LOCATOR", "invalid query locator"));
    }

    // POST /composite: up to 25 subrequests, at most 5 of them queries; one call of the allowance for the whole series.
    private ResponseMessage Composite(string? body)
    {
        var parts = JsonNode.Parse(body ?? "{}")?["compositeRequest"] as JsonArray;
        if (parts is null || parts.Count is 0 or > 25 || parts.Count(p => p?["url"]?.GetValue<string>().Contains("/query", StringComparison.Ordinal) == true) > 5)
        {
            return Json(400, Error("INVALID_FIELD", "compositeRequest: 1 to 25 subrequests, at most 5 queries"));
        }

        var answers = new JsonArray();
        foreach (var part in parts.OfType<JsonObject>())
        {
            var url = part["url"]?.GetValue<string>() ?? "";
            var q = url.IndexOf("?q=", StringComparison.Ordinal);
            var (status, result) = part["method"]?.GetValue<string>() == "GET" && q > 0
                ? Run(Uri.UnescapeDataString(url[(q + 3)..]))
                : (400, Error("METHOD_NOT_ALLOWED", "only queries are faked"));
            answers.Add(new JsonObject
            {
                ["body"] = result,
                ["httpHeaders"] = new JsonObject(),
                ["httpStatusCode"] = status,
                ["referenceId"] = part["referenceId"]?.GetValue<string>(),
            });
        }

        return Json(200, new JsonObject { ["compositeResponse"] = answers });
    }

    private static JsonObject Attributes(string type, string id) => new() { ["type"] = type, ["url"] = $"/services/data/v62.0/sobjects/{type}/{id}" };

    private static JsonArray Error(string code, string message) => new(new JsonObject { ["message"] = message, ["errorCode"] = code });
}
