namespace SalesOpsAr.Worker.Contracts;

/// <summary>
/// A message for people, the same for every channel: a subject, paragraphs, items with links, and whom it is
/// for. Channels format and address it themselves (<see cref="INoticeChannel"/>); a new channel is one class.
/// </summary>
public sealed record Notice
{
    public required NoticeKind Kind { get; init; }

    /// <summary>One line: an email's subject, a Slack message's bold first line.</summary>
    public required string Subject { get; init; }

    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    public IReadOnlyList<NoticeItem> Items { get; init; } = [];

    /// <summary>Whom the notice is for, and each item unless it says otherwise.</summary>
    public required Audience Audience { get; init; }

    /// <summary>Builds the notice again for a part of its items (a recipient who gets only some); null keeps subject and paragraphs.</summary>
    public Func<IReadOnlyList<NoticeItem>, Notice>? Rebuild { get; init; }

    public Audience AudienceOf(NoticeItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Audience ?? Audience;
    }

    /// <summary>The notice as someone who gets only <paramref name="items"/> should read it.</summary>
    public Notice Narrowed(IReadOnlyList<NoticeItem> items) =>
        items.Count == Items.Count ? this : Rebuild?.Invoke(items) ?? this with { Items = items };

    /// <summary>The items grouped under their headings, groups in the order they first appear.</summary>
    public IEnumerable<IGrouping<string?, NoticeItem>> Groups() => Items.GroupBy(i => i.Group);
}
