namespace SalesOpsAr.Worker.Contracts;

/// <summary>
/// The org's seats as the last sweep read them (one Salesforce call), and what went wrong with the last read, if
/// anything: the seats shown are then the last ones read, with when.
/// </summary>
public sealed record LicenceSeats
{
    /// <summary>When the seats shown were read; null when none could be read yet.</summary>
    public DateTimeOffset? ReadAt { get; init; }

    public IReadOnlyList<LicenceSeat> Seats { get; init; } = [];

    /// <summary>The last read's trouble, in words (the kind, never a secret); null when it went well.</summary>
    public string? Problem { get; init; }

    /// <summary>The org's API use as Salesforce last said it, and this service's share: "31 of 15,000 today (this service: 12 of 1,500)".</summary>
    public string? Budget { get; init; }
}
