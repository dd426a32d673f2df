namespace SalesOpsAr.Worker.Contracts;

/// <summary>"Tell the DRIs about this new AR on Slack and e-mail": owed once the bot's CC note is on it. Best effort.</summary>
public sealed record NewArAnnouncement
{
    public required long ProjectId { get; init; }
    public required long Iid { get; init; }
    public string Title { get; init; } = "";
    public string? WebUrl { get; init; }
}
