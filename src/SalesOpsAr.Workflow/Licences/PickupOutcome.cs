namespace SalesOpsAr.Workflow.Licences;

/// <summary>What the seats say of an AR picked up.</summary>
public enum PickupOutcome
{
    /// <summary>Every seat it needs is free (and not spoken for by the ARs waiting): no hold.</summary>
    Fits,

    /// <summary>A licence it needs has too few seats: the bot holds it, with the numbers.</summary>
    NoSeat,

    /// <summary>A licence it needs was not counted, or its counts make no sense: nothing is held on such data.</summary>
    Unknown,
}
