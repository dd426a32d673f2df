namespace SalesOpsAr.Simulation;

/// <summary>An issue board held by <see cref="FakeGitLab"/>: its label lists, left to right (lock <see cref="Lists"/>).</summary>
public sealed record FakeBoard(long Id, string Name)
{
    public List<FakeBoardList> Lists { get; } = [];
}
