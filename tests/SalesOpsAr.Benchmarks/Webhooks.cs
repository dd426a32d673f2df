using System.Text;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Benchmarks;

/// <summary>Real-shaped Issue Hook deliveries for distinct ARs, with GitLab's headers.</summary>
/// <remarks>Where the fake's notes limit is off (0), the service's is too: <c>GitLab__NotesPerMinute</c> follows the fake.</remarks>
internal static class Webhooks
{
    public static string[] Bodies(FakeGitLab gitLab, int count, int firstIid, Action<FakeIssue>? edit = null) =>
        Enumerable.Range(firstIid, count).Select(iid =>
        {
            var ar = gitLab.AddIssue(4242, iid, Ars.TemplateCcd, labels: [Ars.ActionNeeded]); // CC'd by the template, as in life
            var assignees = ar.Assignees.ToList();
            edit?.Invoke(ar);
            return IssueHookPayload.Issue(ar, "jdoe", "update", previousAssignees: assignees);
        }).ToArray();

    public static HttpRequestMessage Request(Uri url, string body, string eventHeader = "Confidential Issue Hook")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Gitlab-Event", eventHeader);
        request.Headers.Add("X-Gitlab-Token", WorkerHost.WebhookSecret);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        request.Headers.Add("X-Gitlab-Event-UUID", Guid.NewGuid().ToString());
        request.Headers.Add("X-Gitlab-Webhook-UUID", Guid.NewGuid().ToString());
        request.Headers.Add("X-Gitlab-Instance", "https://gitlab.example.com");
        request.Headers.UserAgent.ParseAdd("GitLab/18.5.0");
        return request;
    }

    /// <summary>Delivers one body; true when the receiver accepted it (202).</summary>
    public static async Task<bool> SendAsync(HttpClient http, Uri url, string body, string eventHeader = "Confidential Issue Hook")
    {
        using var request = Request(url, body, eventHeader);
        using var response = await http.SendAsync(request);
        return (int)response.StatusCode == 202;
    }

    public static HttpClient Client() => new(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };
}
