using Microsoft.Extensions.DependencyInjection;
using SalesOpsAr.Worker.Features.Sweeping;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Reconciling;

/// <summary>
/// Descriptions built to make a backtracking parser hang (the first parser took minutes on 20 KB of one of them):
/// through the webhook and through the sweep, each AR is handled in time, and the AR beside it too.
/// </summary>
public sealed class HostileDescriptionTests : IDisposable
{
    private const int Size = 200_000; // under the receiver's 1 MiB default
    private readonly FakeGitLab _gitLab = new();

    public void Dispose() => _gitLab.Dispose();

    [Fact]
    public async Task ThroughTheWebhook_EveryKindAndTheirNeighbourAreLabelled()
    {
        // Some of these are megabytes as JSON (a backtick is escaped to six bytes): let the receiver take them.
        await using var host = WorkerHost.Wired(_gitLab, s => s["Receiver:MaxBodyBytes"] = (25 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var iid = 1;
        var hostile = Workflow.Tests.Hostile.PathologicalMarkdown.Generators
            .Select(kind => (Kind: kind.Key, Ar: _gitLab.AddIssue(4242, iid++, "- [ ] SFDC: profile\n" + kind.Value(Size))))
            .ToList();
        var neighbour = _gitLab.AddIssue(4242, iid, Ars.Template);

        foreach (var (kind, ar) in hostile)
        {
            using var answer = await _gitLab.PersonEditsAsync(ar, "mallory", _ => { }, action: "open");
            Assert.True(answer.IsSuccessStatusCode, $"{kind}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
        }

        using (await _gitLab.PersonEditsAsync(neighbour, "jrequester", _ => { }, action: "open"))
        {
            await Eventually.Until(neighbour.LabelsNow, l => l.Contains(Ars.ActionNeeded), "the neighbour labelled");
        }

        foreach (var (kind, ar) in hostile)
        {
            await Eventually.Until(ar.LabelsNow, l => l.Any(x => x.StartsWith("SalesOpsAR::", StringComparison.Ordinal)), $"the AR of '{kind}' labelled");
        }
    }

    [Fact]
    public async Task ThroughTheSweep_EveryKindIsHandledInOneSweep()
    {
        await using var host = WorkerHost.Wired(_gitLab);
        var iid = 100;
        foreach (var generate in Workflow.Tests.Hostile.PathologicalMarkdown.Generators.Values)
        {
            _gitLab.AddIssue(4242, iid++, "- [ ] SFDC: profile\n" + generate(Size));
        }

        await using var scope = host.Services.CreateAsyncScope();
        var summary = await scope.ServiceProvider.GetRequiredService<Sweeper>().RunOnceAsync(dryRun: false, CancellationToken.None);

        Assert.Equal(Workflow.Tests.Hostile.PathologicalMarkdown.Generators.Count, summary.ArsChanged);
        Assert.Empty(summary.Failures);
    }
}
