using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesOpsAr.Worker.Tests.Infrastructure;
using static SalesOpsAr.Simulation.Ars;

namespace SalesOpsAr.Worker.Tests.Features.Noting;

/// <summary>
/// GitLab's notes limit, enforced by the fake (notes per minute, 429 over it), against the service's own budget of the
/// same size, on a fake clock that only the test moves: labels never wait for notes, notes trail, none is lost or doubled.
/// </summary>
public sealed class NotesBudgetPipelineTests : IAsyncLifetime
{
    private const int NotesPerMinute = 5;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private readonly FakeGitLab _gitLab = new() { NotesPerMinute = NotesPerMinute };
    private BrokerScope _broker = null!;

    public async Task InitializeAsync()
    {
        _gitLab.Clock = _clock;
        _broker = await BrokerScope.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _broker.DisposeAsync();
        _gitLab.Dispose();
    }

    [Fact]
    public async Task BurstOfNewArs_EveryLabelLandsAtOnce_NotesTrailAtTheNotesPace_No429()
    {
        await using var host = Start();
        var ars = Enumerable.Range(1, 8).Select(i => _gitLab.AddIssue(4242, 100 + i, Template)).ToList();

        await Task.WhenAll(ars.Select(async ar => { using var _ = await _gitLab.PersonEditsAsync(ar, "requester", _ => { }, action: "open"); }));
        await Task.WhenAll(ars.Select(ar => Eventually.Until(ar.LabelsNow, l => l.Contains(ActionNeeded), $"#{ar.Iid} labelled")));
        await Eventually.Until(() => ars.Sum(a => a.BotNotes().Count), n => n >= NotesPerMinute, "the first minute's notes");
        await NotesWaiting(host, ars.Count - NotesPerMinute);

        Assert.Equal(NotesPerMinute, ars.Sum(a => a.BotNotes().Count)); // the rest wait for the window, not for a 429
        Assert.Equal(0, _gitLab.NotesThrottled);
        _clock.Advance(TimeSpan.FromSeconds(61));
        await Eventually.Until(() => ars.Sum(a => a.BotNotes().Count), n => n >= ars.Count, "every note");
        await host.IdleAsync(_gitLab);
        Assert.All(ars, ar => Assert.Contains("cc @amber @meri", Assert.Single(ar.BotNotes()).Body, StringComparison.Ordinal));
        Assert.Equal(0, _gitLab.NotesThrottled);
    }

    [Fact]
    public async Task KilledWhileNotesWait_EachIsPostedOnceByTheNextProcess()
    {
        // The first process runs as its own OS process on the real clock, and is killed while notes wait for their slot.
        _gitLab.Clock = TimeProvider.System;
        var ars = Enumerable.Range(1, 8).Select(i => _gitLab.AddIssue(4242, 200 + i, Template)).ToList();
        var environment = ServiceProcess.Environment(_gitLab, _broker, ("GitLab__NotesPerMinute", NotesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using (var first = ServiceProcess.Start(environment))
        {
            await first.WaitUntilReadyAsync();
            _gitLab.WebhookUrl = first.WebhookUrl;
            _gitLab.WebhookSecret = environment["GitLab__WebhookSecret"];
            await Task.WhenAll(ars.Select(async ar => { using var _ = await _gitLab.PersonEditsAsync(ar, "requester", _ => { }, action: "open"); }));
            await Task.WhenAll(ars.Select(ar => Eventually.Until(ar.LabelsNow, l => l.Contains(ActionNeeded), $"#{ar.Iid} labelled")));
            await Eventually.Until(() => ars.Sum(a => a.BotNotes().Count), n => n >= NotesPerMinute, "the first minute's notes");
            first.Kill();
        }

        Assert.Equal(NotesPerMinute, ars.Sum(a => a.BotNotes().Count));
        var held = await Eventually.Until(() => _broker.MessageCountAsync("salesopsar-notes").GetAwaiter().GetResult(), n => n == ars.Count - NotesPerMinute, "the waiting notes back on their queue");
        Assert.Equal((uint)(ars.Count - NotesPerMinute), held); // held by the broker, not lost

        // A minute later (on GitLab's clock too), the next process posts them.
        var aMinuteLater = new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddSeconds(61));
        _gitLab.Clock = aMinuteLater;
        await using var second = Start(clock: aMinuteLater);
        await Eventually.Until(() => ars.Sum(a => a.BotNotes().Count), n => n >= ars.Count, "every note");
        await Eventually.Until(() => _broker.MessageCountAsync("salesopsar-notes").GetAwaiter().GetResult(), n => n == 0u, "the notes queue drained");
        await second.IdleAsync(_gitLab); // and nothing taken from it still being handled
        Assert.All(ars, ar => Assert.Single(ar.BotNotes()));
        Assert.Equal(0, _gitLab.NotesThrottled);
    }

    [Fact]
    public async Task ACcWaitingForItsSlot_IsDroppedWhenSomeoneCcdTheDrisMeanwhile()
    {
        await using var host = Start(notesPerMinute: 1);
        var first = _gitLab.AddIssue(4242, 301, Template);
        var waiting = _gitLab.AddIssue(4242, 302, "Full Name, SFDC, AE\n\n- [ ] SFDC: Account Executive profile", labels: [ActionNeeded]);
        using (await _gitLab.PersonEditsAsync(first, "requester", _ => { }, action: "open"))
        {
            await NotesOf(first, 1);
        }

        using (await _gitLab.PersonEditsAsync(waiting, "requester", i => i.Title += "!"))
        {
            await Eventually.Until(() => _gitLab.Calls(waiting).Count, n => n >= 1, "the AR read and its CC owed");
            await NotesWaiting(host, 1);
        }

        Assert.Equal(["GET /api/v4/projects/4242/issues/302"], _gitLab.Calls(waiting)); // the CC waits for its slot before it looks

        _gitLab.AddNote(waiting, "jdoe", "Looping in @amber and @meri", _clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromSeconds(61));
        await Eventually.Until(() => host.Logs.Messages.Count(m => m.Contains("CC'd while this CC waited", StringComparison.Ordinal)), n => n >= 1, "the CC dropped");

        Assert.Empty(waiting.BotNotes());
    }

    // The notes that could not go out are waiting for the window to free a slot (the signal; the clock does not move by itself).
    private static Task NotesWaiting(WorkerHost host, int count) =>
        Eventually.Until(() => host.Services.GetRequiredService<SalesOpsAr.GitLab.Pacing.NotesBudget>().Waiting, n => n == count, $"{count} note(s) waiting for a slot");

    private static Task<IReadOnlyList<FakeNote>> NotesOf(FakeIssue ar, int count) =>
        Eventually.Until(ar.BotNotes, n => n.Count >= count, $"{count} note(s) on #{ar.Iid}");

    private WorkerHost Start(int notesPerMinute = NotesPerMinute, FakeTimeProvider? clock = null)
    {
        clock ??= _clock;
        var settings = WorkerHost.Settings(_gitLab, _broker);
        settings["GitLab:NotesPerMinute"] = notesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var host = new WorkerHost(settings, services => services.AddSingleton<TimeProvider>(clock));
        _gitLab.WebhookUrl = host.WebhookUrl;
        _gitLab.WebhookSecret = WorkerHost.WebhookSecret;
        return host;
    }
}
