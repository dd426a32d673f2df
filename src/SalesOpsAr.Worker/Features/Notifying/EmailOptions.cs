namespace SalesOpsAr.Worker.Features.Notifying;

/// <summary>The <c>Notifications:Email</c> section: team addresses and personal ones by GitLab username.</summary>
public sealed class EmailOptions
{
    public IList<string> Team { get; } = [];

    public IDictionary<string, string> People { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
