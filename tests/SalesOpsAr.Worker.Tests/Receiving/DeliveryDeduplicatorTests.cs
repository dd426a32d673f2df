using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SalesOpsAr.Worker.Configuration;
using SalesOpsAr.Worker.Receiving;

namespace SalesOpsAr.Worker.Tests.Receiving;

public sealed class DeliveryDeduplicatorTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

    private DeliveryDeduplicator Deduplicator(int capacity = DeliveryDeduplicator.DefaultCapacity) =>
        new(_clock, Options.Create(new ReceiverOptions { DuplicateWindow = Window }), capacity);

    [Fact]
    public void A_delivery_queued_within_the_window_is_a_duplicate()
    {
        var deduplicator = Deduplicator();
        deduplicator.MarkQueued("delivery-1");
        _clock.Advance(Window - TimeSpan.FromSeconds(1));

        Assert.True(deduplicator.WasQueued("delivery-1"));
        Assert.False(deduplicator.WasQueued("delivery-2"));
    }

    [Fact]
    public void A_delivery_is_forgotten_once_its_window_has_passed()
    {
        var deduplicator = Deduplicator();
        deduplicator.MarkQueued("delivery-1");
        _clock.Advance(Window);

        Assert.False(deduplicator.WasQueued("delivery-1"));
    }

    [Fact]
    public void Expired_deliveries_are_pruned_as_new_ones_arrive()
    {
        var deduplicator = Deduplicator();
        for (var i = 0; i < 1000; i++)
        {
            deduplicator.MarkQueued($"old-{i}");
        }

        _clock.Advance(Window);
        deduplicator.MarkQueued("new");

        Assert.Equal(1, deduplicator.Count);
        Assert.True(deduplicator.WasQueued("new"));
    }

    [Fact]
    public void Past_its_capacity_it_forgets_the_oldest_deliveries_first_not_all_of_them()
    {
        var deduplicator = Deduplicator(capacity: 3);
        foreach (var id in new[] { "a", "b", "c", "d", "e" })
        {
            deduplicator.MarkQueued(id);
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(3, deduplicator.Count);
        Assert.False(deduplicator.WasQueued("a"));
        Assert.False(deduplicator.WasQueued("b"));
        Assert.True(deduplicator.WasQueued("c"));
        Assert.True(deduplicator.WasQueued("e"));
    }

    [Fact]
    public void A_delivery_queued_again_after_expiry_keeps_its_new_window_when_the_old_entry_is_pruned()
    {
        var deduplicator = Deduplicator();
        deduplicator.MarkQueued("delivery-1");
        _clock.Advance(Window);
        deduplicator.MarkQueued("delivery-1");
        _clock.Advance(TimeSpan.FromMinutes(1));
        deduplicator.MarkQueued("other");

        Assert.True(deduplicator.WasQueued("delivery-1"));
    }
}
