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
    public static async Task RunAsync(Report report, TimeSpan duration, int concurrency, TimeSpan warmUpAtMost)
    {
        using var gitLab = new FakeGitLab();
        var bodies = Webhooks.Bodies(gitLab, 5000, 1, ar => ar.Assignees.Add("jdoe"));
        var messageBytes = JsonSerializer.Serialize(new ArChanged { ProjectId = 4242, Iid = 1234, DeliveryId = Guid.NewGuid().ToString(), EventUuid = Guid.NewGuid().ToString(), LabelsAdded = [], LabelsRemoved = [] }).Length + 700;
        report.Add("ingest", "load", $"{bodies[0].Length:N0}-byte Issue Hook bodies, {concurrency} connections, {duration.TotalSeconds:0} s each, closed loop");
        using var http = Webhooks.Client();

        var bare = await BareKestrelAsync(http, bodies, concurrency, duration, warmUpAtMost);
        report.Add("ingest", "limit: bare Kestrel answering 202", bare.Summary);
        var raw = await RawPublisherAsync(messageBytes, concurrency, concurrency, duration, warmUpAtMost);
        report.Add("ingest", $"limit: raw RabbitMQ publisher, persistent, confirmed ({messageBytes} B), a channel per connection", raw.Summary);
        var rawOne = await RawPublisherAsync(messageBytes, concurrency, 1, duration, warmUpAtMost, pipelined: true);
        report.Add("ingest", "raw publisher, all publishes pipelined on one confirmed channel", rawOne.Summary);

        // The receiver as deployed: its own process, warmed up until the JIT has settled.
        await using var broker = await BrokerScope.CreateAsync();
        using var service = ServiceProcess.Start(ServiceProcess.Environment(gitLab, broker, ("Roles", "receiver")));
        await service.WaitUntilReadyAsync();
        var url = service.WebhookUrl;
        var warmedIn = await WarmUp.UntilJitSettlesAsync(
            (round, _) => LoadDriver.ClosedLoopAsync(n => Webhooks.SendAsync(http, url, bodies[n % bodies.Length]), concurrency, round),
            WarmUp.ServiceJitSeconds(http, service.BaseAddress),
            warmUpAtMost);
        // Each measure starts with an empty queue, like the raw publisher's (no reconciler drains it here).
        await broker.PurgeAsync("salesopsar-ar-changed");
        var receiver = await LoadDriver.ClosedLoopAsync(n => Webhooks.SendAsync(http, url, bodies[n % bodies.Length]), concurrency, duration);
        report.Add("ingest", $"receiver → RabbitMQ (202 after confirm), own process, after {warmedIn.TotalSeconds:0} s of warm-up", receiver.Summary);
        report.Add("ingest", "receiver as share of the broker limit", $"{receiver.PerSecond / raw.PerSecond:P0}", "≥ 75%");
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

    private static async Task<LoadResult> RawPublisherAsync(int messageBytes, int concurrency, int channelCount, TimeSpan duration, TimeSpan warmUpAtMost, bool pipelined = false)
    {
        var factory = new ConnectionFactory { Uri = new Uri(TestServices.RabbitMqUri) };
        await using var connection = await factory.CreateConnectionAsync();
        var queue = $"bench-raw-{Guid.NewGuid():N}";
        var channels = new List<IChannel>();
        for (var i = 0; i < channelCount; i++)
        {
            channels.Add(await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true)));
        }

        await channels[0].QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        var body = new byte[messageBytes];
        var properties = new BasicProperties { Persistent = true, ContentType = "application/vnd.masstransit+json" };
        Task<LoadResult> Load(TimeSpan time) => LoadDriver.ClosedLoopAsync(async n =>
        {
            var channel = channels[n % channels.Count];
            if (pipelined)
            {
                await channel.BasicPublishAsync("", queue, mandatory: true, properties, body); // concurrent on one channel
            }
            else
            {
                await PublishOn(channel, queue, properties, body);
            }

            return true;
        }, concurrency, time);
        await WarmUp.UntilJitSettlesAsync((round, _) => Load(round), WarmUp.InProcessJitSeconds, warmUpAtMost);
        var result = await Load(duration);
        await channels[0].QueueDeleteAsync(queue);
        foreach (var channel in channels)
        {
            await channel.DisposeAsync();
        }

        return result;
    }

    // A channel takes one publish at a time here, like MassTransit's confirmed sends per channel.
    private static readonly Dictionary<IChannel, SemaphoreSlim> Gates = [];

    private static async Task PublishOn(IChannel channel, string queue, BasicProperties properties, byte[] body)
    {
        SemaphoreSlim gate;
        lock (Gates)
        {
            if (!Gates.TryGetValue(channel, out gate!))
            {
                gate = new SemaphoreSlim(1, 1);
                Gates[channel] = gate;
            }
        }

        await gate.WaitAsync();
        try
        {
            await channel.BasicPublishAsync("", queue, mandatory: true, properties, body);
        }
        finally
        {
            gate.Release();
        }
    }
}
