using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SalesOpsAr.Worker.Platform.Configuration;
using SalesOpsAr.Worker.Features.Receiving;

namespace SalesOpsAr.Worker.Tests.Features.Receiving;

public sealed class DeliveryDeduplicatorTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

    private DeliveryDeduplicator Deduplicator(int capacity = DeliveryDeduplicator.DefaultCapacity, long maxBytes = DeliveryDeduplicator.DefaultMaxBytes) =>
        new(_clock, Options.Create(new ReceiverOptions { DuplicateWindow = Window }), capacity, maxBytes);

    [Fact]
    public void Memory_IsBoundedInBytes_OldestForgottenFirst()
    {
        var deduplicator = Deduplicator(maxBytes: 10_000);
        var keys = Enumerable.Range(0, 200).Select(i => $"key-sha256:{i:D64}").ToList(); // 75 characters each

        foreach (var key in keys)
        {
            deduplicator.MarkQueued(key);
        }

        Assert.InRange(deduplicator.Bytes, 1, 10_000);
        Assert.False(deduplicator.WasQueued(keys[0]));
        Assert.True(deduplicator.WasQueued(keys[^1]));
    }

    [Theory]
    [InlineData("2f1e0b9c-5d0a-4c9e-8e1c-7a6b5c4d3e2f", "2f1e0b9c-5d0a-4c9e-8e1c-7a6b5c4d3e2f")]
    [InlineData(null, null)]
    [InlineData("", null)]
    public void DeliveryId_AKeyOfGitLabsForm_IsKept(string? key, string? expected) => Assert.Equal(expected, DeliveryIds.FromKey(key));

    [Fact]
    public void DeliveryId_A30KilobyteKey_IsItsHash()
    {
        var id = DeliveryIds.FromKey(new string('k', 30_000))!;

        Assert.StartsWith("key-sha256:", id, StringComparison.Ordinal);
        Assert.Equal(11 + 64, id.Length);
        Assert.Equal(id, DeliveryIds.FromKey(new string('k', 30_000)));
        Assert.NotEqual(id, DeliveryIds.FromKey(new string('k', 29_999)));
    }

    [Fact]
    public void AKeyCosts_TwiceItsCharactersAndItsEntry_AndExactlyTheBoundFits()
    {
        var one = Deduplicator(maxBytes: 2 * ((2 * 40) + 64));
        one.MarkQueued(new string('a', 40));
        Assert.Equal((2 * 40) + 64, one.Bytes);

        one.MarkQueued(new string('b', 40)); // exactly the bound: both kept
        Assert.True(one.WasQueued(new string('a', 40)));
        Assert.Equal(2, one.Count);

        one.MarkQueued(new string('c', 1)); // over it: the oldest goes
        Assert.False(one.WasQueued(new string('a', 40)));
    }

    [Theory]
    [InlineData(0, 1000)]
    [InlineData(10, 0)]
    public void ABoundOfNothing_IsRefused(int capacity, long maxBytes) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Deduplicator(capacity, maxBytes));

    [Theory]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public void DeliveryId_AKeyUpToTheLongest_IsKept_LongerIsItsHash(int length, bool kept) =>
        Assert.Equal(kept, DeliveryIds.FromKey(new string('k', length)) == new string('k', length));

    [Theory]
    [InlineData("!key~", true)] // the ends of printable ASCII
    [InlineData("key with space", false)]
    [InlineData("key\u007f", false)]
    public void DeliveryId_OnlyPrintableAsciiWithoutSpaces_IsKept(string key, bool kept)
    {
        var unescaped = System.Text.RegularExpressions.Regex.Unescape(key);
        Assert.Equal(kept, DeliveryIds.FromKey(unescaped) == unescaped);
    }

    [Fact]
    public void DeliveryId_AKeyWithControlOrNonAsciiCharacters_IsItsHash() =>
        Assert.StartsWith("key-sha256:", DeliveryIds.FromKey("abc\u00e9\n"), StringComparison.Ordinal);

    [Theory]
    [InlineData("2f1e0b9c-5d0a-4c9e-8e1c-7a6b5c4d3e2f", true)]
    [InlineData("2F1E0B9C-5D0A-4C9E-8E1C-7A6B5C4D3E2F", true)]
    [InlineData("not-a-uuid", false)]
    [InlineData("2f1e0b9c5d0a4c9e8e1c7a6b5c4d3e2f", false)]
    [InlineData("ü2f1e0b9-5d0a-4c9e-8e1c-7a6b5c4d3e2f", false)]
    public void EventUuid_OnlyAUuidIsKept(string header, bool kept) =>
        Assert.Equal(kept ? header : null, DeliveryIds.EventUuid(header));

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
