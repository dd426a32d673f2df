using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Benchmarks;

/// <summary>
/// 1. Ingest: the receiver (secret, size, JSON, relevance, broker confirm) against its two limits on this
/// machine, a bare Kestrel endpoint that only answers 202 and a raw RabbitMQ.Client confirmed publisher.
/// </summary>
internal static class Ingest
{
    public static async Task RunAsync(Report report, TimeSpan duration, int concurrency, TimeSpan warmUpAtMost, int rounds)
    {
        using var gitLab = new FakeGitLab { NotesPerMinute = 0 };
        var bodies = Webhooks.Bodies(gitLab, 5000, 1, ar => ar.Assignees.Add("jdoe"));
        var messageBytes = JsonSerializer.Serialize(new ArChanged { ProjectId = 4242, Iid = 1234, DeliveryId = Guid.NewGuid().ToString(), EventUuid = Guid.NewGuid().ToString(), LabelsAdded = [], LabelsRemoved = [] }).Length + 700;
        report.Add("ingest", "load", $"{bodies[0].Length:N0}-byte Issue Hook bodies, {concurrency} connections, {duration.TotalSeconds:0} s each, closed loop");
        using var http = Webhooks.Client();

        var bare = await BareKestrelAsync(http, bodies, concurrency, duration, warmUpAtMost);
        report.Add("ingest", "limit: bare Kestrel answering 202", bare.Summary);
        await using (var pipelined = await RawPublisher.CreateAsync(messageBytes, concurrency, channelCount: 1, pipelined: true))
        {
            await WarmUp.UntilJitSettlesAsync((round, _) => pipelined.LoadAsync(round), WarmUp.InProcessJitSeconds, warmUpAtMost);
            report.Add("ingest", "raw publisher, all publishes pipelined on one confirmed channel", (await pipelined.LoadAsync(duration)).Summary);
        }

        // The receiver as deployed: its own process, warmed up until the JIT has settled.
        await using var broker = await BrokerScope.CreateAsync();
        using var service = ServiceProcess.Start(ServiceProcess.Environment(gitLab, broker, ("Roles", "receiver")));
        await service.WaitUntilReadyAsync();
        var url = service.WebhookUrl;
        Task<LoadResult> Receive(TimeSpan time) => LoadDriver.ClosedLoopAsync(n => Webhooks.SendAsync(http, url, bodies[n % bodies.Length]), concurrency, time);
        var warmedIn = await WarmUp.UntilSteadyAsync(Receive, WarmUp.ServiceJitSeconds(http, service.BaseAddress), warmUpAtMost * 2);
        await using var raw = await RawPublisher.CreateAsync(messageBytes, concurrency, channelCount: concurrency, pipelined: false);
        await WarmUp.UntilJitSettlesAsync((round, _) => raw.LoadAsync(round), WarmUp.InProcessJitSeconds, warmUpAtMost);

        // The broker limit and the receiver in alternating rounds, each from an empty queue (no reconciler
        // drains it here), so that neither gets the fresher broker.
        var rawRounds = new List<LoadResult>();
        var receiverRounds = new List<LoadResult>();
        for (var round = 0; round < rounds; round++)
        {
            await raw.PurgeAsync();
            rawRounds.Add(await raw.LoadAsync(duration / rounds));
            await broker.PurgeAsync("salesopsar-ar-changed");
            receiverRounds.Add(await Receive(duration / rounds));
        }

        var rawAll = LoadResult.Combine(rawRounds);
        var receiver = LoadResult.Combine(receiverRounds);
        report.Add("ingest", $"limit: raw RabbitMQ publisher, persistent, confirmed ({messageBytes} B), a channel per connection", rawAll.Summary);
        report.Add("ingest", $"receiver → RabbitMQ (202 after confirm), own process, after {warmedIn.TotalSeconds:0} s of warm-up (until JIT and throughput settled)", receiver.Summary);
        report.Add(
            "ingest",
            $"receiver as share of the broker limit ({rounds} round{(rounds == 1 ? "" : "s")}, alternating with the limit)",
            $"{receiver.PerSecond / rawAll.PerSecond:P0} (rounds: {string.Join(", ", receiverRounds.Zip(rawRounds, (r, b) => $"{r.PerSecond:0}/{b.PerSecond:0} = {r.PerSecond / b.PerSecond:P0}"))})",
            "≥ 75%");
        report.Add("ingest", "receiver as share of the HTTP limit", $"{receiver.PerSecond / bare.PerSecond:P0}");
        await broker.PurgeAsync("salesopsar-ar-changed");
        var paced = await LoadDriver.OpenLoopAsync(n => Webhooks.SendAsync(http, url, bodies[n % bodies.Length]), 1000, duration);
        report.Add("ingest", "receiver at a steady 1,000 events/s", paced.Summary, "p99 ≤ 25 ms");
    }

    private static async Task<LoadResult> BareKestrelAsync(HttpClient http, string[] bodies, int concurrency, TimeSpan duration, TimeSpan warmUpAtMost)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapPost("/webhooks/gitlab", async (HttpContext context) =>
        {
            using var sink = new MemoryStream();
            await context.Request.Body.CopyToAsync(sink);
            return Results.StatusCode(202);
        });
        await app.StartAsync();
        var url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/webhooks/gitlab");
        Task<LoadResult> Load(TimeSpan time) => LoadDriver.ClosedLoopAsync(n => Webhooks.SendAsync(http, url, bodies[n % bodies.Length]), concurrency, time);
        await WarmUp.UntilJitSettlesAsync((round, _) => Load(round), WarmUp.InProcessJitSeconds, warmUpAtMost);
        var result = await Load(duration);
        await app.StopAsync();
        return result;
    }
}
