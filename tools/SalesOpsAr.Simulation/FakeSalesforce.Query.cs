using System.Globalization;
using System.Text.Json.Nodes;
using WireMock;

namespace SalesOpsAr.Simulation;

// SOQL as far as the product sends it: every licence and profile; users by address, active users idle for N days
// (listed oldest login first with a LIMIT, or counted per licence with GROUP BY, as an AggregateResult).
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
            "Profile" => [.. Profiles.Where(p => NameIn(p.Key, rest)).Select(p => (JsonNode)new JsonObject
            {
                ["attributes"] = Attributes("Profile", ProfileId(p.Key)),
                ["Id"] = ProfileId(p.Key),
                ["Name"] = p.Key,
                ["UserLicense"] = new JsonObject { ["attributes"] = Attributes("UserLicense", "100"), ["Name"] = p.Value },
            })],
            "UserRole" => [.. Roles.Where(r => NameIn(r, rest)).Select(r => (JsonNode)new JsonObject
            {
                ["attributes"] = Attributes("UserRole", RoleId(r)),
                ["Id"] = RoleId(r),
                ["Name"] = r,
            })],
            "User" when rest.Contains("GROUP BY Profile.UserLicense.Name", StringComparison.OrdinalIgnoreCase) => [.. Users().Where(u => Matches(u, rest))
                .GroupBy(u => u.Licence).Select(g => (JsonNode)new JsonObject
                {
                    ["attributes"] = new JsonObject { ["type"] = "AggregateResult" },
                    [Alias(text, 0) ?? "Name"] = g.Key,
                    [Alias(text, 1) ?? "expr0"] = g.Count(),
                })],
            "User" => [.. Limited(Ordered(Users().Where(u => Matches(u, rest)), rest), rest).Select(u => (JsonNode)new JsonObject
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

    // WHERE Email IN ('a', 'b'), IsActive = true, and LastLoginDate = null OR LastLoginDate < LAST_N_DAYS:n (each optional).
    private bool Matches(FakeSalesforceUser user, string rest)
    {
        if (rest.Contains("IsActive = true", StringComparison.OrdinalIgnoreCase) && !user.IsActive)
        {
            return false;
        }

        const string In = "Email IN (";
        var list = rest.IndexOf(In, StringComparison.OrdinalIgnoreCase);
        if (list >= 0 && !Literals(rest[(list + In.Length)..]).Contains(user.Email, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        const string Named = "Username IN (";
        var names = rest.IndexOf(Named, StringComparison.OrdinalIgnoreCase);
        if (names >= 0 && !Literals(rest[(names + Named.Length)..]).Contains(user.Username, StringComparer.OrdinalIgnoreCase))
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

    // WHERE Name IN ('a', 'b'): names match exactly, case aside, as SOQL's = does; no WHERE: every record.
    private static bool NameIn(string name, string rest)
    {
        const string In = "Name IN (";
        var list = rest.IndexOf(In, StringComparison.OrdinalIgnoreCase);
        return list < 0 || Literals(rest[(list + In.Length)..]).Contains(name, StringComparer.OrdinalIgnoreCase);
    }

    // The quoted literals of an IN list, unescaped, up to its closing parenthesis.
    private static List<string> Literals(string text)
    {
        var values = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted && c == '\\' && i + 1 < text.Length)
            {
                current.Append(text[++i]);
            }
            else if (c == '\'')
            {
                if (quoted)
                {
                    values.Add(current.ToString());
                    current.Clear();
                }

                quoted = !quoted;
            }
            else if (quoted)
            {
                current.Append(c);
            }
            else if (c == ')')
            {
                break;
            }
        }

        return values;
    }

    // The alias of the n-th selected field (SELECT Profile.UserLicense.Name licence, COUNT(Id) idle): null when none.
    private static string? Alias(string soql, int n)
    {
        var fields = soql[7..soql.IndexOf(" FROM ", StringComparison.OrdinalIgnoreCase)].Split(',', StringSplitOptions.TrimEntries);
        var words = n < fields.Length ? fields[n].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        return words.Length == 2 ? words[1] : null;
    }

    // ORDER BY LastLoginDate ASC NULLS FIRST, as the idle list asks.
    private static IEnumerable<FakeSalesforceUser> Ordered(IEnumerable<FakeSalesforceUser> users, string rest) =>
        rest.Contains("ORDER BY LastLoginDate", StringComparison.OrdinalIgnoreCase)
            ? users.OrderBy(u => u.LastLoginDate is null ? 0 : 1).ThenBy(u => u.LastLoginDate)
            : users;

    private static IEnumerable<FakeSalesforceUser> Limited(IEnumerable<FakeSalesforceUser> users, string rest)
    {
        var at = rest.LastIndexOf(" LIMIT ", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? users : users.Take(int.Parse(rest[(at + 7)..].Trim(), CultureInfo.InvariantCulture));
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
