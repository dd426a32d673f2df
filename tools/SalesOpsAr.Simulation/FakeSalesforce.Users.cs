using System.Text.Json.Nodes;
using WireMock;

namespace SalesOpsAr.Simulation;

// Creating users with sObject Collections, as Salesforce answers it: up to 200 records, allOrNone false, one result per
// record in order; the required fields checked; a username taken here or in any other org refused; no seat refused.
public sealed partial class FakeSalesforce
{
    private static readonly string[] Required = ["Username", "Email", "LastName", "Alias", "ProfileId", "TimeZoneSidKey", "LocaleSidKey", "EmailEncodingKey", "LanguageLocaleKey"];

    /// <summary>The id Salesforce gives a profile, as the fake names them: <c>00e</c> and the profile's name.</summary>
    public static string ProfileId(string profile) => "00e" + profile.Replace(' ', '_');

    private ResponseMessage CreateRecords(string? body)
    {
        var request = JsonNode.Parse(body ?? "{}") as JsonObject;
        var records = request?["records"] as JsonArray;
        if (records is null || records.Count is 0 or > 200)
        {
            return Json(400, Error("INVALID_FIELD", "records: 1 to 200 records"));
        }

        Interlocked.Increment(ref _createCalls);
        var results = new JsonArray();
        foreach (var record in records.OfType<JsonObject>())
        {
            results.Add(CreateUser(record));
        }

        return Json(200, results);
    }

    private JsonObject CreateUser(JsonObject record)
    {
        if (record["attributes"]?["type"]?.GetValue<string>() != "User")
        {
            return Refused("INVALID_TYPE", "only User records are faked", []);
        }

        var missing = Required.Where(f => string.IsNullOrWhiteSpace(record[f]?.GetValue<string>())).ToList();
        if (missing.Count > 0)
        {
            return Refused("REQUIRED_FIELD_MISSING", $"Required fields are missing: [{string.Join(", ", missing)}]", missing);
        }

        var username = record["Username"]!.GetValue<string>();
        var alias = record["Alias"]!.GetValue<string>();
        if (alias.Length > 8)
        {
            return Refused("STRING_TOO_LONG", "Alias: data value too large: " + alias, ["Alias"]);
        }

        var profile = Profiles.Keys.FirstOrDefault(p => ProfileId(p) == record["ProfileId"]!.GetValue<string>());
        if (profile is null)
        {
            return Refused("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", ["ProfileId"]);
        }

        lock (_users)
        {
            if (TakenElsewhere.Contains(username) || _users.Any(u => string.Equals(u.Username, username, StringComparison.OrdinalIgnoreCase)))
            {
                return Refused("DUPLICATE_USERNAME", "Duplicate Username.<br>The username already exists in this or another Salesforce organization. Usernames must be unique across all Salesforce organizations.", ["Username"]);
            }

            var licence = Licence(Profiles[profile]);
            if (licence.Used >= licence.Total)
            {
                return Refused("LICENSE_LIMIT_EXCEEDED", $"License Limit Exceeded: {licence.Name}", []);
            }

            var user = new FakeSalesforceUser($"005{_users.Count + 1:D15}", username, $"{record["FirstName"]?.GetValue<string>()} {record["LastName"]!.GetValue<string>()}".Trim(), licence.Name, true, null, profile)
            {
                Address = record["Email"]!.GetValue<string>(),
            };
            _users.Add(user);
            licence.Used++;
            return new JsonObject { ["id"] = user.Id, ["success"] = true, ["errors"] = new JsonArray() };
        }
    }

    private static JsonObject Refused(string code, string message, IEnumerable<string> fields) => new()
    {
        ["success"] = false,
        ["errors"] = new JsonArray(new JsonObject { ["statusCode"] = code, ["message"] = message, ["fields"] = new JsonArray([.. fields.Select(f => (JsonNode)f)]) }),
    };
}
