using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesOpsAr.GitLab.Api;

namespace SalesOpsAr.GitLab.Tests.Api;

/// <summary>The client exactly as the service registers it (auth, budget, retries, timeouts), over a scripted GitLab and a fake clock.</summary>
internal static class GitLabClients
{
    public static (IGitLabClient Client, StubGitLab GitLab, FakeTimeProvider Clock, ServiceProvider Services) Create(Action<GitLabOptions>? configure = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        var gitLab = new StubGitLab(clock);
        var services = new ServiceCollection();
        services.AddMetrics();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddOptions<GitLabOptions>().Configure(o =>
        {
            o.BaseUrl = "https://gitlab.example.com";
            o.Token = "glpat-test";
            o.ProjectIds.Add("42");
            o.CallsPerMinute = 1_000_000;
            configure?.Invoke(o);
        });
        services.AddGitLabClient(new GitLabClientIdentity("SalesOpsAr.Tests", "SalesOpsAr.Tests/1.0"));
        services.AddHttpClient<IGitLabClient, GitLabClient>().ConfigurePrimaryHttpMessageHandler(() => gitLab);
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<IGitLabClient>(), gitLab, clock, provider);
    }

    /// <summary>Waits for a condition the code under test makes true (a signal, not a sleep), up to 30 s of real time.</summary>
    public static async Task Until(Func<bool> condition, string what)
    {
        var deadline = Environment.TickCount64 + 30_000;
        while (!condition())
        {
            if (Environment.TickCount64 > deadline)
            {
                throw new Xunit.Sdk.XunitException($"Waited 30 s for {what}");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Runs a call while moving the fake clock on in small steps, as real time would, until it ends.</summary>
    public static async Task<T> RunAsync<T>(FakeTimeProvider clock, Func<Task<T>> call, TimeSpan? step = null)
    {
        var task = call();
        for (var i = 0; !task.IsCompleted && i < 100_000; i++)
        {
            await Task.Delay(1);
            clock.Advance(step ?? TimeSpan.FromMilliseconds(50));
        }

        return await task;
    }
}
