namespace SalesOpsAr.Worker.Features.Assisting;

/// <summary>
/// What the runbook note needs of one past AR, and nothing more: its link, its title, the roles of its people and what
/// each system got (for every runbook). A few hundred bytes where the issue itself may hold a megabyte.
/// </summary>
internal sealed record FoundPrecedent(long Iid, string Title, string? WebUrl, IReadOnlySet<string> Roles, IReadOnlyDictionary<string, string> Given)
{
    /// <summary>Roughly what it holds in memory, in bytes (two a character, and some for each string and the record).</summary>
    public long Bytes => 200 + (2L * (Title.Length + (WebUrl?.Length ?? 0) + Roles.Sum(r => r.Length + 20) + Given.Sum(g => g.Key.Length + g.Value.Length + 40)));
}
