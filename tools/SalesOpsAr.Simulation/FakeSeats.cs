namespace SalesOpsAr.Simulation;

/// <summary>A licence's seats in <see cref="FakeSalesforce"/>: a <c>UserLicense</c> or a <c>PermissionSetLicense</c>.</summary>
public sealed class FakeSeats(string name, int total, int used)
{
    public string Name { get; } = name;
    public int Total { get; set; } = total;
    public int Used { get; set; } = used;
}
