namespace SalesOpsAr.Worker.Contracts;

/// <summary>
/// One line of a notice, usually one AR: <c>#101 Jane Doe, Salesforce, AE</c> linked to its page, then why.
/// Every string is plain text as it came (AR titles are written by anyone): each channel escapes for itself.
/// </summary>
public sealed record NoticeItem
{
    /// <summary>The heading it is listed under; items of one group are listed together.</summary>
    public string? Group { get; init; }

    /// <summary>A short reference before the title, such as <c>#101</c>.</summary>
    public string? Reference { get; init; }

    public required string Title { get; init; }

    public string? Url { get; init; }

    /// <summary>What is to be said about it.</summary>
    public string? Text { get; init; }

    /// <summary>Whom this item is for; null: the notice's audience.</summary>
    public Audience? Audience { get; init; }

    /// <summary>The AR the item is about, for the Slack buttons (#25); null for an item that is no AR.</summary>
    public long? ProjectId { get; init; }

    public long? Iid { get; init; }

    /// <summary>The AR is In Progress: where provisioning is on, its buttons offer Provision.</summary>
    public bool InProgress { get; init; }

    public string Label => Reference is null ? Title : $"{Reference} {Title}";
}
