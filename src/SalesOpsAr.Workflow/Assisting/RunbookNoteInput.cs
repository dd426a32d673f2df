namespace SalesOpsAr.Workflow.Assisting;

/// <summary>What the runbook note is made of.</summary>
public sealed record RunbookNoteInput
{
    public required ArRequest Request { get; init; }

    /// <summary>The runbooks of the systems the AR asks for, in order.</summary>
    public required IReadOnlyList<Runbook> Runbooks { get; init; }

    /// <summary>Recent Completed ARs for the same role (at most a few).</summary>
    public IReadOnlyList<Precedent> Precedents { get; init; } = [];

    /// <summary>The role the precedents were searched for; null when the AR names none.</summary>
    public string? PrecedentRole { get; init; }

    /// <summary>Who opened the AR (username, no @): asked for what is missing; null when unknown.</summary>
    public string? Requester { get; init; }

    /// <summary>An earlier runbook note asked the requester already: say what is missing without mentioning again.</summary>
    public bool AskedBefore { get; init; }

    /// <summary>Progress per person on a bulk AR (<see cref="RunbookProgress"/>); empty: no progress line.</summary>
    public IReadOnlyList<PersonProgress> Progress { get; init; } = [];

    /// <summary>Names the note in its marker, so a retry finds it; null when no retry can follow.</summary>
    public string? ChangeKey { get; init; }

    /// <summary>Salesforce's seats at the last sweep, for an AR that asks for Salesforce (the licence connector on); empty otherwise.</summary>
    public IReadOnlyList<Licences.SeatCount> Seats { get; init; } = [];

    /// <summary>The Salesforce users the AR asks for, as the bot would create them (the Salesforce connector on); empty otherwise.</summary>
    public IReadOnlyList<Provisioning.PlannedUser> SalesforceUsers { get; init; } = [];

    /// <summary>How many ARs wait for a seat at the last sweep.</summary>
    public int SeatsWaiting { get; init; }
}
