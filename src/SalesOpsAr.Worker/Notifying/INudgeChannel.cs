namespace SalesOpsAr.Worker.Notifying;

/// <summary>A way nudges leave the bot in bulk (email, Slack); one delivery per sweep.</summary>
public interface INudgeChannel
{
    /// <summary>The name kept in the nudge markers' <c>pending=</c> list.</summary>
    string Name { get; }

    bool Enabled { get; }

    /// <summary>Delivers what it can and returns the items that reached everyone they were for.</summary>
    Task<IReadOnlySet<NudgeItem>> DeliverAsync(IReadOnlyList<NudgeItem> items, CancellationToken cancellationToken);
}
