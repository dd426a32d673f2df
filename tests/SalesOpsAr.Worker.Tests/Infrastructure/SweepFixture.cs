using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesOpsAr.Worker.Features.Sweeping;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>
/// A sweeper on a fake clock (Wednesday 25 November 2026, 10:00 UTC; Mon–Fri 09–17 UTC business hours),
/// GitLab and Slack faked with WireMock.Net, mail to the real SMTP sink under addresses unique to the test.
/// </summary>
public abstract class SweepFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Wednesday = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private readonly string _id = Guid.NewGuid().ToString("N")[..10];

    protected FakeTimeProvider Clock { get; } = new(Wednesday);

    protected FakeGitLab GitLab { get; } = new();

    protected FakeSlack Slack { get; } = new();

    protected WorkerHost Host { get; private set; } = null!;

    protected string TeamAddress => $"salesops-team-{_id}@example.com";

    protected string JdoeAddress => $"jdoe-{_id}@example.com";

    public Task InitializeAsync()
    {
        GitLab.Clock = Clock;
        Host = StartHost();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        GitLab.Dispose();
        Slack.Dispose();
    }

    /// <summary>A fresh process: nothing remembered but what GitLab holds.</summary>
    protected async Task RestartAsync()
    {
        await Host.DisposeAsync();
        Host = StartHost();
    }

    /// <summary>
    /// Moves the fake clock on (100 ms every few ms) while a sweep runs, so waits on it (a retry's backoff, a
    /// <c>Retry-After</c>) pass. The sweep reads "now" once, at its start, so its clocks are not moved.
    /// </summary>
    protected bool ClockRunsDuringSweeps { get; set; }

    protected async Task<SweepSummary> SweepAsync(bool dryRun = false)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var sweep = scope.ServiceProvider.GetRequiredService<Sweeper>().RunOnceAsync(dryRun, CancellationToken.None);
        while (ClockRunsDuringSweeps && !sweep.IsCompleted)
        {
            await Task.WhenAny(sweep, Task.Delay(5));
            Clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        return await sweep;
    }

    protected virtual Dictionary<string, string?> Configure(Dictionary<string, string?> settings) => settings;

    /// <summary>
    /// An AR that entered <paramref name="label"/> at <paramref name="since"/>, with nothing done by a person since. Its
    /// description CCs the DRIs, as the onboarding template's does.
    /// </summary>
    protected FakeIssue Ar(long iid, string label, DateTimeOffset since, params string[] assignees)
    {
        var ar = GitLab.AddIssue(4242, iid, Ars.TemplateCcd, labels: [label], assignees: assignees);
        ar.Title = $"Person {iid}, Salesforce, AE";
        ar.CreatedAt = since;
        ar.UpdatedAt = since;
        GitLab.AddLabelEvent(ar, "onboarding-bot", label, "add", since);
        return ar;
    }

    private WorkerHost StartHost()
    {
        var settings = WorkerHost.Settings(GitLab, broker: null);
        var (host, port) = MailDev.Smtp;
        settings["GitLab:ProjectIds:0"] = "4242";
        settings["Sweep:Interval"] = "00:00:00";
        settings["Notifications:Slack:WebhookUrl"] = Slack.WebhookUrl;
        settings["Notifications:Smtp:Host"] = host;
        settings["Notifications:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Notifications:Smtp:UseTls"] = "false";
        settings["Notifications:Smtp:From"] = "salesops-ar-bot@example.com";
        settings["Notifications:Email:Team:0"] = TeamAddress;
        settings["Notifications:Email:People:jdoe"] = JdoeAddress;
        return new WorkerHost(Configure(settings), services => services.AddSingleton<TimeProvider>(Clock));
    }
}
