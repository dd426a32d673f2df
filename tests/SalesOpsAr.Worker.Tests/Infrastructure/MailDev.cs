using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>Reads what the real SMTP sink (MailDev, started by tests/run.sh) received. Fails when it is not there.</summary>
public static class MailDev
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public static (string Host, int Port) Smtp
    {
        get
        {
            var parts = TestServices.Smtp.Split(':');
            return (parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Mail received for one address: subject, plain text, HTML.</summary>
    public static async Task<IReadOnlyList<(string Subject, string Text, string Html)>> MailToAsync(string address)
    {
        JsonArray all;
        try
        {
            all = (await Http.GetFromJsonAsync<JsonArray>(new Uri(TestServices.MailDevApi + "/api/email")))!;
        }
        catch (HttpRequestException e)
        {
            throw new InvalidOperationException($"MailDev is not reachable at {TestServices.MailDevApi}. Run the tests with ./tests/run.sh, which starts it.", e);
        }

        return all
            .Where(m => m!["to"]!.AsArray().Any(t => string.Equals(t!["address"]!.GetValue<string>(), address, StringComparison.OrdinalIgnoreCase)))
            .Select(m => (m!["subject"]!.GetValue<string>(), m["text"]?.GetValue<string>() ?? "", m["html"]?.GetValue<string>() ?? ""))
            .ToList();
    }
}
