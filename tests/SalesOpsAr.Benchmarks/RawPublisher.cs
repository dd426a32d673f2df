using RabbitMQ.Client;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Benchmarks;

/// <summary>
/// The broker's limit: RabbitMQ.Client publishing persistent messages with confirms to a durable queue of its
/// own, N publishers at once, either each on its own channel one publish at a time (as the receiver's sends
/// each wait for their confirm) or all pipelined on one channel.
/// </summary>
internal sealed class RawPublisher : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel[] _channels;
    private readonly SemaphoreSlim[] _gates;
    private readonly string _queue;
    private readonly byte[] _body;
    private readonly int _concurrency;
    private readonly bool _pipelined;
    private readonly BasicProperties _properties = new() { Persistent = true, ContentType = "application/vnd.masstransit+json" };

    private RawPublisher(IConnection connection, IChannel[] channels, string queue, int messageBytes, int concurrency, bool pipelined)
    {
        (_connection, _channels, _queue, _concurrency, _pipelined) = (connection, channels, queue, concurrency, pipelined);
        _body = new byte[messageBytes];
        _gates = channels.Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    }

    public static async Task<RawPublisher> CreateAsync(int messageBytes, int concurrency, int channelCount, bool pipelined)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(TestServices.RabbitMqUri) }.CreateConnectionAsync();
        var channels = new IChannel[channelCount];
        for (var i = 0; i < channelCount; i++)
        {
            channels[i] = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        }

        var queue = $"bench-raw-{Guid.NewGuid():N}";
        await channels[0].QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        return new RawPublisher(connection, channels, queue, messageBytes, concurrency, pipelined);
    }

    public Task<LoadResult> LoadAsync(TimeSpan duration) => LoadDriver.ClosedLoopAsync(async n =>
    {
        var lane = n % _channels.Length;
        if (_pipelined)
        {
            await _channels[lane].BasicPublishAsync("", _queue, mandatory: true, _properties, _body); // concurrent on one channel
            return true;
        }

        await _gates[lane].WaitAsync();
        try
        {
            await _channels[lane].BasicPublishAsync("", _queue, mandatory: true, _properties, _body);
        }
        finally
        {
            _gates[lane].Release();
        }

        return true;
    }, _concurrency, duration);

    public Task<uint> PurgeAsync() => _channels[0].QueuePurgeAsync(_queue);

    public async ValueTask DisposeAsync()
    {
        await _channels[0].QueueDeleteAsync(_queue);
        foreach (var channel in _channels)
        {
            await channel.DisposeAsync();
        }

        foreach (var gate in _gates)
        {
            gate.Dispose();
        }

        await _connection.DisposeAsync();
    }
}
