using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SalesOpsAr.Worker.Tests.Infrastructure;
using static SalesOpsAr.Simulation.Ars;

namespace SalesOpsAr.Worker.Tests.Features.Status;

/// <summary>
/// <c>/status</c> and <c>/status.json</c> as a person and a script see them: the last sweep's board, load and
/// health, behind a credential, never a GitLab call per view, never a secret.
/// </summary>
public sealed class StatusPageTests : SweepFixture
{
    private const string Token = "status-token-0123456789abcdef";
    private static readonly DateTimeOffset Monday = Wednesday.AddDays(-2).AddHours(-1);

    private bool _showTitles = true;

    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["Status:Token"] = Token;
        settings["Status:ShowTitles"] = _showTitles ? "true" : "false";
        return settings;
    }

    [Fact]
    public async Task TheBoard_ShowsEachOpenArInItsColumn_WithAgeAssigneeDueDateAndFlags()
    {
        Seed();
        await SweepAsync();

        var (status, html) = await GetAsync("/status", Bearer(Token));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h3>Action Needed <span class=\"muted\">(1)</span></h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>In Progress <span class=\"muted\">(2)</span></h3>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"reason\">waiting on an SFDC licence (1)</div>", html, StringComparison.Ordinal);
        Assert.Contains(">#103 Person 103, Salesforce, AE</a><div class=\"muted\">4 business days old · jdoe · due 20 Nov 2026</div><span class=\"flag\">overdue</span><span class=\"flag\">stale</span>", html, StringComparison.Ordinal);
        Assert.Contains(">#101 Person 101, Salesforce, AE</a><div class=\"muted\">2 business days old</div><span class=\"flag\">unassigned</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"flag\">assignee out of office</span>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>ksmith</td><td>1</td><td>yes until 30 Nov</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>GitLab webhook</th><td>not watched (GitLab__HookId is not set)</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>Queues</th><td>in memory (no broker)</td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task APageView_CallsNoGitLab()
    {
        Seed();
        await SweepAsync();
        var calls = GitLab.Calls().Count;

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync("/status", Bearer(Token))).Status);
            Assert.Equal(HttpStatusCode.OK, (await GetAsync("/status.json", Bearer(Token))).Status);
        }

        Assert.Equal(calls, GitLab.Calls().Count);
    }

    [Fact]
    public async Task Json_HasTheSameData_ForScripts()
    {
        Seed();
        await SweepAsync();

        var (status, body) = await GetAsync("/status.json", Basic("anyone", Token));

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("counts").GetProperty("ActionNeeded").GetInt32());
        Assert.Equal(2, root.GetProperty("counts").GetProperty("InProgress").GetInt32());
        var stale = root.GetProperty("cards").EnumerateArray().Single(c => c.GetProperty("iid").GetInt64() == 103);
        Assert.Equal(["Overdue", "Stale"], stale.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("2026-11-20", stale.GetProperty("dueDate").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-token-wrong-token-00")]
    [InlineData("Basic !!!notbase64")]
    [InlineData("Token status-token-0123456789abcdef")]
    public async Task WithoutTheCredential_401AndABasicChallenge(string? authorization)
    {
        using var http = new HttpClient { BaseAddress = Host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/status");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Basic", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Person", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TitlesHidden_ShowEachArByItsNumberOnly()
    {
        _showTitles = false;
        await RestartAsync();
        Seed();
        await SweepAsync();

        var (_, html) = await GetAsync("/status", Bearer(Token));
        var (_, json) = await GetAsync("/status.json", Bearer(Token));

        Assert.Contains(">#103</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Person 10", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Person 10", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoSecret_IsEverOnThePage()
    {
        Seed();
        await SweepAsync();

        var (_, html) = await GetAsync("/status", Bearer(Token));
        var (_, json) = await GetAsync("/status.json", Bearer(Token));

        foreach (var secret in new[] { Token, FakeGitLab.Token, WorkerHost.WebhookSecret })
        {
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task BeforeTheFirstSweep_ThePageSaysSo()
    {
        var (status, html) = await GetAsync("/status", Bearer(Token));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("No sweep has finished in this process yet", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/status", "text/html; charset=utf-8")]
    [InlineData("/status.json", "application/json; charset=utf-8")]
    public async Task BothAnswers_AreNeverCached_NoScriptRuns_AndTheirTypeIsTheirs(string path, string type)
    {
        using var http = new HttpClient { BaseAddress = Host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Authorization = Bearer(Token) } };

        using var response = await http.SendAsync(request);

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(type, response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Json_BeforeTheFirstSweep_SaysSo()
    {
        var (_, body) = await GetAsync("/status.json", Bearer(Token));

        using var json = JsonDocument.Parse(body);
        Assert.Equal("no sweep has finished in this process yet", json.RootElement.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("sweptAt").ValueKind);
    }

    [Fact]
    public async Task Json_WithTitlesHidden_HasNoTitle_AndWithThemShown_HasThem()
    {
        Seed();
        await SweepAsync();
        var (_, shown) = await GetAsync("/status.json", Bearer(Token));

        _showTitles = false;
        await RestartAsync();
        await SweepAsync();
        var (_, hidden) = await GetAsync("/status.json", Bearer(Token));

        Assert.Contains("\"title\": \"Person 101, Salesforce, AE\"", shown, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"\"", hidden, StringComparison.Ordinal);
        Assert.Contains("\n  \"version\"", shown, StringComparison.Ordinal); // indented, for a person reading it too
    }

    private void Seed()
    {
        Ar(101, ActionNeeded, Monday);
        var stale = Ar(103, InProgress, new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.Zero), "jdoe");
        stale.DueDate = new DateOnly(2026, 11, 20);
        Ar(104, InProgress, Monday, "ksmith");
        GitLab.SetStatus("ksmith", new FakeStatus("busy", "OOO", "palm_tree", new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero)));
        var held = Ar(105, OnHold, Monday, "jdoe");
        held.Labels.Add(HoldReason);
        held.Title = "Person 105 <script>alert(1)</script>";
    }

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path, AuthenticationHeaderValue authorization)
    {
        using var http = new HttpClient { BaseAddress = Host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Authorization = authorization } };
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{password}")));
}
