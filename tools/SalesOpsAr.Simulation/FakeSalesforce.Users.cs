using System.Text.Json.Nodes;
using WireMock;

namespace SalesOpsAr.Simulation;

// Creating users with sObject Collections, as Salesforce answers it: up to 200 records, allOrNone false, one result per
// record in order; the required fields checked; a username taken here or in any other org refused; no seat refused.
public sealed partial class FakeSalesforce
{
    private static readonly string[] Required = ["Username", "Email", "LastName", "Alias", "ProfileId", "TimeZoneSidKey", "LocaleSidKey", "EmailEncodingKey", "LanguageLocaleKey"];

    /// <summary>The id Salesforce gives a profile, as the fake makes them: <c>00e</c> and 12 hex digits of the name's hash (15 characters).</summary>
    public static string ProfileId(string profile) => "00e" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(profile)))[..12];

    /// <summary>The id of a role: <c>00E</c> and 12 hex digits of the name's hash.</summary>
    public static string RoleId(string role) => "00E" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(role)))[..12];

    // PATCH composite/sobjects: IsActive set on users by id (reactivation), one result per record in order; a seat is needed.
    private ResponseMessage UpdateRecords(string? body) => EachRecord(body, ref _updateCalls, UpdateUser);

    // sObject Collections: 1 to 200 records, one result each, in order; a call that is refused whole is not counted.
    private static ResponseMessage EachRecord(string? body, ref int calls, Func<JsonObject, JsonObject> save)
    {
        var request = JsonNode.Parse(body ?? "{}") as JsonObject;
        var records = request?["records"] as JsonArray;
        if (records is null || records.Count is 0 or > 200)
        {
            return Json(400, Error("INVALID_FIELD", "records: 1 to 200 records"));
        }

        Interlocked.Increment(ref calls);
        return Json(200, new JsonArray([.. records.OfType<JsonObject>().Select(r => (JsonNode)save(r))]));
    }

    private JsonObject UpdateUser(JsonObject record)
    {
        var id = record["Id"]?.GetValue<string>();
        lock (_users)
        {
            var at = _users.FindIndex(u => u.Id == id);
            if (at < 0)
            {
                return Refused("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", ["Id"]);
            }

            if (record["IsActive"]?.GetValue<bool>() == true && !_users[at].IsActive)
            {
                var licence = Licence(_users[at].Licence);
                if (licence.Used >= licence.Total)
                {
                    return Refused("LICENSE_LIMIT_EXCEEDED", $"License Limit Exceeded: {licence.Name}", []);
                }

                _users[at] = _users[at] with { IsActive = true };
                licence.Used++;
            }

            return new JsonObject { ["id"] = id, ["success"] = true, ["errors"] = new JsonArray() };
        }
    }

    private ResponseMessage CreateRecords(string? body) => EachRecord(body, ref _createCalls, CreateUser);

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

        if (record["UserRoleId"]?.GetValue<string>() is { } roleId && !Roles.Any(r => RoleId(r) == roleId))
        {
            return Refused("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", ["UserRoleId"]);
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
            if (TimeOutAfterCreating)
            {
                _timedOut = true;
            }

            return new JsonObject { ["id"] = user.Id, ["success"] = true, ["errors"] = new JsonArray() };
        }
    }

    private static JsonObject Refused(string code, string message, IEnumerable<string> fields) => new()
    {
        ["success"] = false,
        ["errors"] = new JsonArray(new JsonObject { ["statusCode"] = code, ["message"] = message, ["fields"] = new JsonArray([.. fields.Select(f => (JsonNode)f)]) }),
    };
}
