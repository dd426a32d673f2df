using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.GitLab.Pacing;

namespace SalesOpsAr.GitLab.Tests.Api;

/// <summary>Each endpoint the worker uses, as GitLab's API documents it: method, path, body.</summary>
public sealed class EndpointTests
{
    public static TheoryData<string, string, string, string?> Calls => new()
    {
        { "notes", "GET", "/api/v4/projects/42/issues/7/notes?sort=asc&order_by=created_at&per_page=100&page=1", null },
        { "label events", "GET", "/api/v4/projects/42/issues/7/resource_label_events?per_page=100&page=1", null },
        { "status", "GET", "/api/v4/users/1001/status", null },
        { "edit note", "PUT", "/api/v4/projects/42/issues/7/notes/99", """{"body":"new text"}""" },
        { "hook", "GET", "/api/v4/projects/42/hooks/5", null },
        { "post note", "POST", "/api/v4/projects/42/issues/7/notes", """{"body":"hello"}""" },
        { "add only", "PUT", "/api/v4/projects/42/issues/7", """{"add_labels":"a,b"}""" },
        { "remove only", "PUT", "/api/v4/projects/42/issues/7", """{"remove_labels":"c"}""" },
        { "user", "GET", "/api/v4/user", null },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Call_GoesWhereGitLabDocumentsIt(string call, string method, string path, string? body)
    {
        var (client, gitLab, _, services) = GitLabClients.Create();
        await using var __ = services;
        gitLab.Otherwise = r => StubGitLab.Json(HttpStatusCode.OK, r.Method == HttpMethod.Get && (r.RequestUri!.AbsolutePath.EndsWith("/notes", StringComparison.Ordinal) || r.RequestUri.AbsolutePath.EndsWith("_events", StringComparison.Ordinal)) ? "[]" : """{"id": 1, "username": "bot"}""");

        await (call switch
        {
            "notes" => client.ListNotesAsync(42, 7, CancellationToken.None),
            "label events" => client.ListLabelEventsAsync(42, 7, CancellationToken.None),
            "status" => client.GetUserStatusAsync(1001, CancellationToken.None),
            "edit note" => client.EditNoteAsync(42, 7, 99, "new text", CancellationToken.None),
            "hook" => client.GetProjectHookAsync(42, 5, CancellationToken.None),
            "post note" => client.CreateNoteAsync(42, 7, "hello", CancellationToken.None),
            "add only" => client.EditLabelsAsync(42, 7, ["a", "b"], [], CancellationToken.None),
            "remove only" => client.EditLabelsAsync(42, 7, [], ["c"], CancellationToken.None),
            _ => (Task)client.GetCurrentUserAsync(CancellationToken.None),
        });

        var request = Assert.Single(gitLab.Requests);
        Assert.Equal((method, path, body), (request.Method.Method, request.Path, request.Body));
    }

    [Fact]
    public async Task Refusal_NamesTheEndpointAndGitLabsWords()
    {
        var (client, gitLab, _, services) = GitLabClients.Create(o => o.MaxRetries = 0);
        await using var __ = services;
        gitLab.Then(HttpStatusCode.Forbidden, "{\"message\":\"403 Forbidden\"}\n");

        var error = await Assert.ThrowsAsync<GitLabApiException>(() => client.GetProjectHookAsync(42, 5, CancellationToken.None));

        Assert.Equal("GitLab answered 403 Forbidden to GET hook: {\"message\":\"403 Forbidden\"} ", error.Message);
    }

    [Fact]
    public async Task Hook_DisabledOrTemporarilyDisabledOrDisabledUntilAheadOfNow_IsDisabled()
    {
        var (client, gitLab, clock, services) = GitLabClients.Create();
        await using var __ = services;
        gitLab.Then(HttpStatusCode.OK, """{"id": 5, "alert_status": "temporarily_disabled", "disabled_until": "2026-11-25T11:00:00Z"}""")
            .Then(HttpStatusCode.OK, """{"id": 5, "alert_status": "disabled"}""")
            .Then(HttpStatusCode.OK, """{"id": 5, "alert_status": "executable"}""")
            .Then(HttpStatusCode.OK, """{"id": 5, "alert_status": "executable", "disabled_until": "2026-11-25T10:30:00Z"}""")
            .Then(HttpStatusCode.OK, """{"id": 5, "alert_status": "executable", "disabled_until": "2026-11-25T09:30:00Z"}""");

        var states = new List<GitLabHook>();
        for (var i = 0; i < 5; i++)
        {
            states.Add(await client.GetProjectHookAsync(42, 5, CancellationToken.None));
        }

        // Now is 10:00: a disabled_until at 10:30 still holds deliveries back, one at 09:30 no longer does.
        Assert.Equal([true, true, false, true, false], states.Select(h => h.IsDisabledAt(clock.GetUtcNow())));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 11, 0, 0, TimeSpan.Zero), states[0].DisabledUntil);
    }

    [Fact]
    public async Task CallMeter_CountsEveryAttemptByEndpointAndStatus_AndKeepsTheLastRemaining()
    {
        var (client, gitLab, clock, services) = GitLabClients.Create(o => o.MaxRetries = 1);
        await using var __ = services;
        var seen = new List<(long Value, string? Endpoint, object? Status)>();
        var ours = services.GetRequiredService<IMeterFactory>(); // other tests' clients share the meter's name, not its factory
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "salesopsar.gitlab.calls" && ReferenceEquals(instrument.Meter.Scope, ours))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var t = tags.ToArray();
            seen.Add((value, t.FirstOrDefault(x => x.Key == "endpoint").Value as string, t.FirstOrDefault(x => x.Key == "status").Value));
        });
        listener.Start();
        gitLab.Then(HttpStatusCode.BadGateway).Then(HttpStatusCode.OK, """{"id": 1, "iid": 7}""", ("RateLimit-Remaining", "1234"));

        await GitLabClients.RunAsync(clock, () => client.GetIssueAsync(42, 7, CancellationToken.None));

        var meter = services.GetRequiredService<GitLabCallMeter>();
        Assert.Equal(2, meter.Total);
        Assert.Equal(1234, meter.RateLimitRemaining);
        Assert.Equal([(1L, "GET /projects/:id/issues/:iid", (object?)502), (1L, "GET /projects/:id/issues/:iid", (object?)200)], seen);
    }

    [Fact]
    public async Task CallMeter_NoAnswer_IsCountedAsStatusZero()
    {
        var (client, gitLab, _, services) = GitLabClients.Create(o => o.MaxRetries = 0);
        await using var __ = services;
        gitLab.Then(_ => throw new HttpRequestException("refused"));

        await Assert.ThrowsAsync<GitLabUnavailableException>(() => client.GetCurrentUserAsync(CancellationToken.None));

        Assert.Equal(1, services.GetRequiredService<GitLabCallMeter>().Total);
        Assert.Equal(-1, services.GetRequiredService<GitLabCallMeter>().RateLimitRemaining);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("POST")]
    public async Task Writes_GoOutWithContentLength_NeverChunked(string method)
    {
        var (client, gitLab, _, services) = GitLabClients.Create();
        await using var __ = services;
        gitLab.Otherwise = request => StubGitLab.Json(HttpStatusCode.OK, request.Method == HttpMethod.Put ? """{"iid": 7}""" : """{"id": 1, "body": "x"}""");

        _ = method == "PUT"
            ? (object)await client.EditLabelsAsync(42, 7, ["SalesOpsAR::In Progress"], ["SalesOpsAR::Action Needed"], CancellationToken.None)
            : await client.CreateNoteAsync(42, 7, "**Sales Ops AR bot:** é ✓", CancellationToken.None);

        var sent = Assert.Single(gitLab.Requests);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(sent.Body!), sent.Request.Content!.Headers.ContentLength);
        Assert.NotEqual(true, sent.Request.Headers.TransferEncodingChunked);
        Assert.Equal("application/json", sent.Request.Content.Headers.ContentType?.MediaType);
    }
}
