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

    /// <summary>The licences a runbook note quotes: the default licence and the add-ons an operator maps (<c>Salesforce__AddOns</c>).</summary>
    public IReadOnlyList<string> Featured { get; init; } = [];

    /// <summary>The ARs on the SFDC-licence hold, in line order, with the seats each needs.</summary>
    public IReadOnlyList<WaitingSeat> Waiting { get; init; } = [];

    /// <summary>Active users idle for the idle days (or who never logged in), counted per licence.</summary>
    public IReadOnlyDictionary<string, int> Idle { get; init; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest-idle users, at most <see cref="MaxIdleUsers"/> (the status page's list behind its token).</summary>
    public IReadOnlyList<IdleUser> IdleUsers { get; init; } = [];

    /// <summary>The most idle users one read lists.</summary>
    public const int MaxIdleUsers = 200;

    /// <summary>The days after which an active user's seat counts as idle.</summary>
    public int IdleDays { get; init; }

    /// <summary>The last read's trouble, in words (the kind, never a secret); null when it went well.</summary>
    public string? Problem { get; init; }

    /// <summary>The org's API use as Salesforce last said it, and this service's share: "31 of 15,000 today (this service: 12 of 1,500)".</summary>
    public string? Budget { get; init; }
}
