using System.Net.Http.Headers;
using System.Text.Json;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Licences;

/// <summary>
/// The Salesforce seats (#23, read-only): one call after each sweep when the connector is on, shown on the status page,
/// in <c>/status.json</c> and <c>/metrics</c>; off, nothing calls Salesforce and nothing changes; trouble said once.
/// </summary>
[Collection(Platform.Telemetry.AloneInTheProcess.Name)] // it reads /metrics: another host alive would add its meters' values
public sealed class SeatsTests : SweepFixture, IDisposable
{
    private const string Token = "status-token-0123456789abcdef";
    private readonly FakeSalesforce _salesforce = new();
    private readonly SalesforceSettings _connector;
    private bool _on = true;

    public SeatsTests()
    {
        _connector = new SalesforceSettings(_salesforce);
        _salesforce.Clock = Clock; // the JWT's expiry is judged on the service's (fake) clock
    }

    public void Dispose()
    {
        _connector.Dispose();
        _salesforce.Dispose();
    }

    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["Status:Token"] = Token;
        return _on ? _connector.Apply(settings) : settings;
    }

    [Fact]
    public async Task EachSweep_ReadsTheSeatsInOneCall_AndThePageShowsThem()
    {
        Ar(101, Ars.ActionNeeded, Wednesday.AddDays(-1));

        await SweepAsync();
        await SweepAsync();

        Assert.Equal(4, _salesforce.DataCalls); // two a sweep (the seats with what the line needs; the idle list), whatever the number of ARs
        Assert.Equal(1, _salesforce.SignIns); // one session for both
        var html = await GetAsync("/status");
        Assert.Contains("<h2>Licences</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Salesforce</td><td>250</td><td>248</td><td>2</td><td>0</td><td>0</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>SalesforceCPQ_CPQStandardPerm <span class=\"muted\">(add-on)</span></td><td>20</td><td>20</td><td>0</td><td>0</td><td>0</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("Salesforce API: 4 of 15,000 calls in the last 24 hours (this service: 4 of its 1,500).", html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await GetAsync("/status.json"));
        var seats = json.RootElement.GetProperty("licences").GetProperty("seats").EnumerateArray().First(s => s.GetProperty("licence").GetString() == "Salesforce");
        Assert.Equal(2, seats.GetProperty("free").GetInt32());
        var metrics = await new HttpClient { BaseAddress = Host.BaseAddress }.GetStringAsync("/metrics");
        Assert.Matches("salesopsar_salesforce_seats\\{[^}]*count=\"free\"[^}]*licence=\"Salesforce\"[^}]*\\} 2\\b", metrics);
    }

    [Fact]
    public async Task Off_NothingCallsSalesforce_AndThePageHasNoPanel()
    {
        _on = false;
        await RestartAsync();
        Ar(101, Ars.ActionNeeded, Wednesday.AddDays(-1));

        await SweepAsync();

        Assert.Empty(_salesforce.Calls());
        Assert.DoesNotContain("Licences", await GetAsync("/status"), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await GetAsync("/status.json"));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("licences").ValueKind);
    }

    [Fact]
    public async Task SalesforceDown_TheSweepGoesOn_ThePageSaysSo_AndTheLogOnce()
    {
        await SweepAsync(); // seats read once
        _salesforce.FailNext(503, 503, 503);
        var ar = Ar(102, Ars.ActionNeeded, Wednesday.AddDays(-3));

        await SweepAsync();
        await SweepAsync();

        Assert.NotEmpty(ar.BotNotes()); // the sweep's own work went on
        var html = await GetAsync("/status");
        Assert.Contains("<tr><td>Salesforce</td><td>250</td><td>248</td><td>2</td><td>0</td><td>0</td></tr>", html, StringComparison.Ordinal); // the seats last read stay
        Assert.Contains("the last read failed: Unavailable: Salesforce failed composite (503)", html, StringComparison.Ordinal);
        Assert.Single(Host.Logs.Messages, m => m.StartsWith("Salesforce not read (Unavailable) while", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CountsThatMakeNoSense_AreShownAsSuch_NotAsSeats()
    {
        _salesforce.Licence("Salesforce").Used = 260;

        await SweepAsync();

        var html = await GetAsync("/status");
        Assert.Contains("<tr><td>Salesforce</td><td colspan=\"3\">counts that make no sense (260 used of 250): nothing is decided on them</td><td>0</td><td>0</td></tr>", html, StringComparison.Ordinal);
        var metrics = await new HttpClient { BaseAddress = Host.BaseAddress }.GetStringAsync("/metrics");
        Assert.DoesNotContain("licence=\"Salesforce\"}", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoSecretOrKey_IsOnThePageOrInTheLog()
    {
        _salesforce.ExpireSessions();
        await SweepAsync();

        var everything = await GetAsync("/status") + await GetAsync("/status.json") + Host.Logs.All();

        Assert.DoesNotContain("PRIVATE KEY", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("00Dfake!", everything, StringComparison.Ordinal); // the fake's session tokens
    }

    private async Task<string> GetAsync(string path)
    {
        using var http = new HttpClient { BaseAddress = Host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
