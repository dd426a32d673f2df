using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace SalesOpsAr.GitLab.Tests.Api;

/// <summary>GitLab's notes limit (60 a minute on GitLab.com): no 60 s window ever holds more note POSTs; other calls never wait for it.</summary>
public sealed class NotesBudgetTests
{
    [Fact]
    public async Task ABurstOfNotes_TheFirstNGoAtOnce_TheRestWaitForTheWindow()
    {
        var (client, gitLab, clock, services) = GitLabClients.Create(o => o.NotesPerMinute = 5);
        await using var _ = services;
        gitLab.Otherwise = _ => StubGitLab.Json(HttpStatusCode.Created, """{"id": 1, "body": "x"}""");
        var start = clock.GetUtcNow();

        var notes = Enumerable.Range(1, 7).Select(i => client.CreateNoteAsync(42, i, "note", CancellationToken.None)).ToList();
        var budget = services.GetRequiredService<SalesOpsAr.GitLab.Pacing.NotesBudget>();
        await GitLabClients.Until(() => gitLab.Requests.Count == 5 && budget.Waiting == 2, "five notes out, two waiting for the window");

        Assert.Equal(5, gitLab.Requests.Count);
        Assert.Equal(2, notes.Count(n => !n.IsCompleted));
        await GitLabClients.RunAsync(clock, async () => await Task.WhenAll(notes));
        Assert.Equal(7, gitLab.Requests.Count);
        Assert.All(gitLab.Requests.Skip(5), r => Assert.True(r.At >= start + TimeSpan.FromMinutes(1), $"sent at {r.At - start}"));
    }

    [Fact]
    public async Task ManyNotesOverMinutes_NoSixtySecondWindowHoldsMoreThanTheBudget()
    {
        const int budget = 10;
        var (client, gitLab, clock, services) = GitLabClients.Create(o => o.NotesPerMinute = budget);
        await using var _ = services;
        gitLab.Otherwise = _ => StubGitLab.Json(HttpStatusCode.Created, """{"id": 1, "body": "x"}""");

        await GitLabClients.RunAsync(clock, async () =>
        {
            var notes = new List<Task>();
            for (var i = 0; i < 45; i++)
            {
                notes.Add(client.CreateNoteAsync(42, i, "note", CancellationToken.None));
                if (i % 7 == 0)
                {
                    clock.Advance(TimeSpan.FromMilliseconds(100)); // arrivals spread out over (fake) time
                    await Task.Yield();
                }
            }

            await Task.WhenAll(notes);
            return 0;
        }, step: TimeSpan.FromSeconds(1));

        var sent = gitLab.Requests.Select(r => r.At).Order().ToList();
        Assert.Equal(45, sent.Count);
        var busiest = sent.Select(t => sent.Count(u => u >= t && u < t + TimeSpan.FromMinutes(1))).Max();
        Assert.Equal(budget, busiest);
        Assert.True(sent[^1] - sent[0] < TimeSpan.FromMinutes(4.5), $"45 notes at 10 a minute took {sent[^1] - sent[0]}: waited longer than the limit asks");
    }

    [Fact]
    public async Task LabelEditsAndReads_NeverWaitForTheNotesBudget()
    {
        var (client, gitLab, _, services) = GitLabClients.Create(o => o.NotesPerMinute = 1);
        await using var __ = services;
        gitLab.Otherwise = request => StubGitLab.Json(HttpStatusCode.OK, request.Method == HttpMethod.Post ? """{"id": 1, "body": "x"}""" : """{"iid": 7}""");
        await client.CreateNoteAsync(42, 7, "first", CancellationToken.None);
        var waiting = client.CreateNoteAsync(42, 7, "second", CancellationToken.None);

        await client.EditLabelsAsync(42, 7, ["SalesOpsAR::In Progress"], [], CancellationToken.None);
        await client.GetIssueAsync(42, 7, CancellationToken.None);
        await client.EditNoteAsync(42, 7, 1, "edited marker", CancellationToken.None);

        Assert.False(waiting.IsCompleted);
        Assert.Equal(["POST", "PUT", "GET", "PUT"], gitLab.Requests.Select(r => r.Method.Method));
    }

    [Fact]
    public async Task Zero_MeansNoLimitOfItsOwn()
    {
        var (client, gitLab, _, services) = GitLabClients.Create(o => o.NotesPerMinute = 0);
        await using var __ = services;
        gitLab.Otherwise = _ => StubGitLab.Json(HttpStatusCode.Created, """{"id": 1, "body": "x"}""");

        await Task.WhenAll(Enumerable.Range(1, 200).Select(i => client.CreateNoteAsync(42, i, "note", CancellationToken.None)));

        Assert.Equal(200, gitLab.Requests.Count);
    }

    [Fact]
    public async Task ASlot_IsTimedFromWhenItsNoteLeft_NotFromWhenItWasTaken()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        using var budget = new SalesOpsAr.GitLab.Pacing.NotesBudget(2, clock);
        var first = await budget.TakeAsync(CancellationToken.None);
        var second = await budget.TakeAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(10)); // both held 10 s by the call budget before they left
        budget.Stamp(first!);
        budget.Stamp(second!);

        var third = budget.TakeAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(55)); // 65 s after they were taken, 55 s after they left: GitLab still counts both
        Assert.False(third.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(6)); // and the margin for the note still on its way (NotesBudget.Margin)

        Assert.NotNull(await third);
    }

    [Fact]
    public async Task AHeldSlot_IsStampedWhenItsPostReallyLeaves()
    {
        var (client, gitLab, clock, services) = GitLabClients.Create(o => o.NotesPerMinute = 1);
        await using var _ = services;
        gitLab.Otherwise = _ => StubGitLab.Json(HttpStatusCode.Created, """{"id": 1, "body": "x"}""");
        var budget = services.GetRequiredService<SalesOpsAr.GitLab.Pacing.NotesBudget>();
        var taken = clock.GetUtcNow();
        var slot = await budget.TakeAsync(CancellationToken.None); // the note writer takes its slot, then reads the AR
        clock.Advance(TimeSpan.FromSeconds(20)); // the reads took 20 s (the call budget held them)
        using (SalesOpsAr.GitLab.Pacing.NotesBudget.Hold(slot))
        {
            await client.CreateNoteAsync(42, 1, "the held note", CancellationToken.None);
        }

        var next = client.CreateNoteAsync(42, 2, "the next note", CancellationToken.None);
        await GitLabClients.RunAsync(clock, async () => { await next; return 0; });

        Assert.Equal(2, gitLab.Requests.Count);
        Assert.Equal(taken + TimeSpan.FromSeconds(20), gitLab.Requests[0].At);
        Assert.True(gitLab.Requests[1].At >= taken + TimeSpan.FromSeconds(80), $"the next note left {gitLab.Requests[1].At - taken} after the slot was taken: a window after the held note left is 80 s");
    }

    [Fact]
    public async Task TrailingNote_YieldsToEveryCallWaitingForTheCallBudget()
    {
        var (client, gitLab, clock, services) = GitLabClients.Create(o => o.CallsPerMinute = 600); // a call every ~100 ms
        await using var _ = services;
        gitLab.Otherwise = request => StubGitLab.Json(HttpStatusCode.OK, request.Method == HttpMethod.Post ? """{"id": 1, "body": "x"}""" : """{"iid": 7}""");

        await GitLabClients.RunAsync(clock, async () =>
        {
            var before = Enumerable.Range(1, 5).Select(i => client.EditLabelsAsync(42, i, ["SalesOpsAR::In Progress"], [], CancellationToken.None)).ToList();
            Task note;
            using (SalesOpsAr.GitLab.Pacing.CallBudget.Yield())
            {
                note = client.CreateNoteAsync(42, 1, "trailing", CancellationToken.None);
            }

            var after = Enumerable.Range(6, 3).Select(i => client.EditLabelsAsync(42, i, ["SalesOpsAR::In Progress"], [], CancellationToken.None)).ToList();
            await Task.WhenAll([.. before, note, .. after]);
            return 0;
        }, step: TimeSpan.FromMilliseconds(5));

        Assert.Equal(["PUT", "PUT", "PUT", "PUT", "PUT", "PUT", "PUT", "PUT", "POST"], gitLab.Requests.Select(r => r.Method.Method));
    }
}
