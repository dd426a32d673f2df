namespace SalesOpsAr.Workflow.Assisting;

/// <summary>Someone an AR asks access for, as far as its text tells.</summary>
public sealed record Person
{
    public string? Name { get; init; }
    public string? Email { get; init; }

    /// <summary>Job title or role (<c>Account Executive</c>).</summary>
    public string? Role { get; init; }
    public string? Team { get; init; }
    public string? Region { get; init; }

    /// <summary>This person's details with another's filled in where this one has none.</summary>
    public Person Merge(Person other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new()
        {
            Name = Name ?? other.Name,
            Email = Email ?? other.Email,
            Role = Role ?? other.Role,
            Team = Team ?? other.Team,
            Region = Region ?? other.Region,
        };
    }

    public bool IsEmpty => Name is null && Email is null && Role is null && Team is null && Region is null;
}
