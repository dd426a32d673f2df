using System.Diagnostics;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Benchmarks;

/// <summary>#25: a Slack click on Take it, signed as Slack signs it, until the AR is assigned in GitLab (in-memory bus).</summary>
internal static class Clicks
{
    private const string Secret = "bench-slack-signing-secret-0123456789";

    public static async Task RunAsync(Report report, int clicks)
    {
        using var gitLab = new FakeGitLab { NotesPerMinute = 0 };
        using var slack = new FakeSlack();
        await using var host = WorkerHost.Wired(gitLab, s =>
        {
            s["Serilog:MinimumLevel:Default"] = "Warning";
            s["Notifications:Slack:WebhookUrl"] = slack.WebhookUrl;
            s["Notifications:Slack:SigningSecret"] = Secret;
            s["Notifications:Slack:Users:U0JDOE"] = "jdoe";
            s["Notifications:Slack:ResponseHosts:0"] = "localhost";
        });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var acknowledged = new List<double>();
        var assigned = new List<double>();
        for (var i = 0; i < clicks; i++)
        {
            var ar = gitLab.AddIssue(4242, 1 + i, Ars.TemplateCcd, labels: [Ars.ActionNeeded]);
            using var click = slack.Click(new Uri(host.BaseAddress, "/slack/interactions"), Secret, TimeProvider.System.GetUtcNow(), "U0JDOE", "take", $"4242#{ar.Iid}");
            var clock = Stopwatch.StartNew();
            using (await http.SendAsync(click))
            {
                acknowledged.Add(clock.Elapsed.TotalMilliseconds);
            }

            while (!ar.LabelsNow().Contains(Ars.InProgress) && clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(5);
            }

            assigned.Add(clock.Elapsed.TotalMilliseconds);
        }

        static double P(List<double> values, double q) => values.Order().ElementAt(Math.Min(values.Count - 1, (int)Math.Ceiling(q * values.Count) - 1));
        report.Add("slack", $"a click on Take it, {clicks} ARs one after another: Slack's answer, median / p95 / max", $"{P(acknowledged, 0.5):N0} / {P(acknowledged, 0.95):N0} / {acknowledged.Max():N0} ms", "< 3 s (Slack's limit)");
        report.Add("slack", $"a click on Take it until the AR is assigned and In Progress in GitLab, median / p95 / max", $"{P(assigned, 0.5):N0} / {P(assigned, 0.95):N0} / {assigned.Max():N0} ms", "< 1 s");
    }
}
