namespace SalesOpsAr.Worker.Contracts;

/// <summary>One licence's seats as Salesforce counted them: a user licence or an add-on (permission-set licence).</summary>
/// <param name="Sane">False when the counts make no sense (used above total, negative): nothing is decided on them.</param>
public sealed record LicenceSeat(string Licence, bool AddOn, int Total, int Used, bool Sane)
{
    public int Free => Sane ? Total - Used : 0;
}
