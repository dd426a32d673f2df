namespace SalesOpsAr.Workflow.Absence;

/// <summary>Whether a person is out of office, until when (if known), and what said so.</summary>
public sealed record OutOfOffice(bool IsOut, DateTimeOffset? Until, string? Evidence)
{
    public static OutOfOffice In { get; } = new(false, null, null);
}
