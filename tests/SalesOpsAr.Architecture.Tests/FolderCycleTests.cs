namespace SalesOpsAr.Architecture.Tests;

/// <summary>No two folders of the host depend on each other, directly or round a longer circle.</summary>
public sealed class FolderCycleTests
{
    [Fact]
    public void WorkerFolders_FormNoCycle()
    {
        var references = HostArchitecture.FolderReferences().ToList();
        Assert.NotEmpty(references); // the loader saw the host: a rule over nothing proves nothing
        var cycles = FolderGraph.Cycles(references.Select(r => (r.From, r.To)));
        Assert.True(cycles.Count == 0, string.Join(Environment.NewLine, cycles.Select(cycle =>
            "Folders in a cycle: " + string.Join(" ⇄ ", cycle) + Environment.NewLine + string.Join(Environment.NewLine, references
                .Where(r => cycle.Contains(r.From) && cycle.Contains(r.To))
                .GroupBy(r => (r.From, r.To))
                .Select(g => $"  {g.Key.From} → {g.Key.To}: {g.First().FromType} uses {g.First().ToType}")))));
    }

    [Fact]
    public void Cycles_FindsATwoWayPairAndALongerCircle()
    {
        var cycles = FolderGraph.Cycles([("A", "B"), ("B", "A"), ("C", "D"), ("D", "E"), ("E", "C"), ("F", "A")]);

        Assert.Equal(["A,B", "C,D,E"], cycles.Select(c => string.Join(",", c.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Cycles_FindsNoneInAOneWayHouse() =>
        Assert.Empty(FolderGraph.Cycles([("Hosting", "Features/Sweeping"), ("Features/Sweeping", "Contracts"), ("Features/Sweeping", "Platform/Bus"), ("Platform/Bus", "Contracts")]));
}
