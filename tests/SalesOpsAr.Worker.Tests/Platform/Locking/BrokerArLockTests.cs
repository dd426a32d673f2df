using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Configuration;
using SalesOpsAr.Worker.Platform.Locking;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Platform.Locking;

/// <summary>
/// The cross-worker AR lock against the real broker. Each <see cref="BrokerArLock"/> has its own connection,
/// so two of them stand for two worker processes.
/// </summary>
public sealed class BrokerArLockTests : IAsyncLifetime
{
    private BrokerScope _broker = null!;

    public async Task InitializeAsync() => _broker = await BrokerScope.CreateAsync();

    public async Task DisposeAsync() => await _broker.DisposeAsync();

    [Fact]
    public async Task A_second_worker_waits_for_the_AR_until_the_first_lets_go()
    {
        await using var workerA = Lock();
        await using var workerB = Lock();
        var heldByA = await workerA.AcquireAsync(4242, 7, CancellationToken.None);

        var wantedByB = workerB.AcquireAsync(4242, 7, CancellationToken.None);
        await RefusedTwice(workerB);
        Assert.False(wantedByB.IsCompleted);

        await heldByA.DisposeAsync();
        await using var heldByB = await wantedByB.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Other_ARs_are_not_held_up()
    {
        await using var workerA = Lock();
        await using var workerB = Lock();
        var (iid, other) = TwoArsOnDifferentStripes();
        await using var heldByA = await workerA.AcquireAsync(4242, iid, CancellationToken.None);

        await using var heldByB = await workerB.AcquireAsync(4242, other, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Inside_one_worker_ARs_sharing_a_stripe_do_not_wait_for_each_other_but_another_worker_waits_for_both()
    {
        await using var workerA = Lock();
        await using var workerB = Lock();
        var (first, second) = TwoArsOnOneStripe();

        var heldFirst = await workerA.AcquireAsync(4242, first, CancellationToken.None);
        var heldSecond = await workerA.AcquireAsync(4242, second, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        var wantedByB = workerB.AcquireAsync(4242, first, CancellationToken.None);
        await heldFirst.DisposeAsync();
        await RefusedTwice(workerB);
        Assert.False(wantedByB.IsCompleted);

        await heldSecond.DisposeAsync();
        await using var heldByB = await wantedByB.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_worker_that_dies_holding_the_lock_releases_it_with_its_connection()
    {
        await using var survivor = Lock();
        var dying = Lock();
        _ = await dying.AcquireAsync(4242, 9, CancellationToken.None); // never released

        var wanted = survivor.AcquireAsync(4242, 9, CancellationToken.None);
        await RefusedTwice(survivor);
        Assert.False(wanted.IsCompleted);

        await dying.DisposeAsync(); // the connection closes, as when the process is killed
        await using var held = await wanted.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_lock_queue_that_disappeared_is_declared_again()
    {
        await using var worker = Lock();
        await (await worker.AcquireAsync(4242, 11, CancellationToken.None)).DisposeAsync();
        await DeleteQueueAsync(worker.QueueName(BrokerArLock.StripeOf(4242, 11)));

        await using var held = await worker.AcquireAsync(4242, 11, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1u, await ConsumersAsync(worker.QueueName(BrokerArLock.StripeOf(4242, 11))));
    }

    [Fact]
    public async Task Releasing_and_taking_a_stripe_again_at_once_in_one_worker_never_fails()
    {
        await using var worker = Lock();
        for (var round = 0; round < 50; round++)
        {
            var held = await worker.AcquireAsync(4242, 13, CancellationToken.None);
            var releasing = held.DisposeAsync().AsTask();
            await using var again = await worker.AcquireAsync(4242, 13, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
            await releasing;
        }
    }

    [Fact]
    public void Every_worker_maps_an_AR_to_the_same_stripe_and_consecutive_ARs_spread_out()
    {
        var stripes = Enumerable.Range(1, BrokerArLock.Stripes).Select(iid => BrokerArLock.StripeOf(4242, iid)).ToArray();

        Assert.All(stripes, s => Assert.InRange(s, 0, BrokerArLock.Stripes - 1));
        Assert.Equal(stripes, Enumerable.Range(1, BrokerArLock.Stripes).Select(iid => BrokerArLock.StripeOf(4242, iid)));
        Assert.True(stripes.Distinct().Count() > BrokerArLock.Stripes * 9 / 10, $"{stripes.Distinct().Count()} distinct stripes");
    }

    private BrokerArLock Lock() => new(
        Options.Create(new TransportOptions { Kind = TransportKind.RabbitMq, EntityPrefix = _broker.Prefix, RabbitMq = { Uri = _broker.Uri } }),
        TimeProvider.System,
        NullLogger<BrokerArLock>.Instance);

    private static (long, long) TwoArsOnOneStripe()
    {
        var stripe = BrokerArLock.StripeOf(4242, 1);
        return (1, Enumerable.Range(2, 100_000).First(iid => BrokerArLock.StripeOf(4242, iid) == stripe));
    }

    private static (long, long) TwoArsOnDifferentStripes() =>
        (1, Enumerable.Range(2, 100).First(iid => BrokerArLock.StripeOf(4242, iid) != BrokerArLock.StripeOf(4242, 1)));

    private static async Task DeleteQueueAsync(string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(TestServices.RabbitMqUri) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeleteAsync(queue);
    }

    private static async Task<uint> ConsumersAsync(string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(TestServices.RabbitMqUri) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        return await channel.ConsumerCountAsync(queue);
    }

    // The broker has refused the waiting worker twice: it is waiting, by the broker's word, not after a guessed moment.
    private static Task RefusedTwice(BrokerArLock waiting) =>
        Eventually.Until(() => waiting.Refusals, n => n >= 2, "the broker refusing the waiting worker twice");
}
