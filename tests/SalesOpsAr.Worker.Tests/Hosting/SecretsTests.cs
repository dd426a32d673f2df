using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SalesOpsAr.Worker.Features.Sweeping;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Hosting;

/// <summary>
/// Secrets (GitLab token, webhook secret, broker password, Slack URL, SMTP password) never appear in what the
/// service writes: its logs, its HTTP answers (good and bad), its health and metrics, its command output.
/// </summary>
public sealed class SecretsTests
{
    private const string SmtpPassword = "smtp-pw-5b1e0c9d7f";
    private const string StatusToken = "status-pw-8c2f4e6a1b3d5f70";

    [Fact]
    public async Task ARunWithEverySecretSet_WritesNoneOfThem()
    {
        await using var broker = await BrokerScope.CreateAsync();
        await using var rabbitUser = await RabbitMqUser.CreateAsync();
        using var gitLab = new FakeGitLab();
        using var slack = new FakeSlack();
        var (smtpHost, smtpPort) = MailDev.Smtp;
        await using var host = WorkerHost.Wired(gitLab, s =>
        {
            s["Transport:Kind"] = "RabbitMq";
            s["Transport:RabbitMq:Uri"] = rabbitUser.Uri;
            s["Transport:EntityPrefix"] = broker.Prefix;
            s["GitLab:ProjectIds:0"] = "4242";
            s["Notifications:Slack:WebhookUrl"] = slack.WebhookUrl;
            s["Notifications:Smtp:Host"] = smtpHost;
            s["Notifications:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
            s["Notifications:Smtp:UseTls"] = "false";
            s["Notifications:Smtp:From"] = "bot@example.com";
            s["Notifications:Smtp:Username"] = "bot";
            s["Notifications:Smtp:Password"] = SmtpPassword;
            s["Notifications:Email:Team:0"] = "team@example.com";
            s["Status:Token"] = StatusToken;
        });
        var written = new StringBuilder();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var ar = gitLab.AddIssue(4242, 80, Ars.Template);
        ar.CreatedAt = ar.UpdatedAt = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        using (var queued = await gitLab.PersonEditsAsync(ar, "jrequester", _ => { }, action: "open"))
        {
            written.Append(await Dump(queued));
            await Eventually.Until(ar.BotNotes, n => n.Count == 1, "the CC note");
        }

        foreach (var token in new[] { "", "wrong", WorkerHost.WebhookSecret + "x" })
        {
            using var refused = await PostAsync(http, "{}", token);
            written.Append(await Dump(refused));
        }

        using (var malformed = await PostAsync(http, "{\"object_kind\":", WorkerHost.WebhookSecret))
        {
            written.Append(await Dump(malformed));
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Sweeper>().RunOnceAsync(dryRun: false, CancellationToken.None);
        }

        foreach (var path in new[] { "/health/ready", "/health/live", "/metrics" })
        {
            using var response = await http.GetAsync(path);
            written.Append(await Dump(response));
        }

        foreach (var path in new[] { "/status", "/status.json" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Authorization = new("Bearer", StatusToken) } };
            using var response = await http.SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            written.Append(await Dump(response));
        }

        written.Append(host.Logs.All());
        var (_, commandOutput) = await ServiceProcess.RunAsync(
            new Dictionary<string, string>
            {
                ["GitLab__Token"] = FakeGitLab.Token,
                ["GitLab__WebhookSecret"] = WorkerHost.WebhookSecret,
                ["Transport__Kind"] = "RabbitMq",
                ["Transport__RabbitMq__Uri"] = rabbitUser.Uri + "%%broken",
                ["Notifications__Slack__WebhookUrl"] = slack.WebhookUrl + " broken",
                ["Notifications__Smtp__Password"] = SmtpPassword,
                ["Status__Token"] = " " + StatusToken[..10], // too short: refused without being repeated
            },
            ["validate-config"]);
        written.Append(commandOutput);

        var everything = written.ToString();
        Assert.Contains("Sales Ops", everything, StringComparison.Ordinal); // the scan saw real output
        Assert.Contains("Status:Token (environment variable Status__Token): must be empty", everything, StringComparison.Ordinal);
        foreach (var secret in new[] { FakeGitLab.Token, WorkerHost.WebhookSecret, rabbitUser.Password, "T000/B000/XXXXXXXX", SmtpPassword, StatusToken, StatusToken[..10] })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string body, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/gitlab") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Gitlab-Event", "Issue Hook");
        request.Headers.Add("X-Gitlab-Token", token);
        return http.SendAsync(request);
    }

    private static async Task<string> Dump(HttpResponseMessage response) =>
        $"{(int)response.StatusCode} {response.Headers} {response.Content.Headers} {await response.Content.ReadAsStringAsync()}\n";
}
