namespace SalesOpsAr.Workflow.Licences;

/// <summary>A licence's seats as Salesforce counts them (<c>UserLicense</c> or <c>PermissionSetLicense</c>).</summary>
public sealed record SeatCount(string Licence, int Total, int Used)
{
    /// <summary>Counts the bot may act on: none negative, no more used than there are.</summary>
    public bool IsSane => Total >= 0 && Used >= 0 && Used <= Total;

    /// <summary>Seats nobody holds; 0 for counts that make no sense (nothing is released on them).</summary>
    public int Free => IsSane ? Total - Used : 0;
}
