namespace SalesOpsAr.Worker.Contracts;

/// <summary>A way notices leave the bot (Slack, email): it formats, addresses and sends them itself.</summary>
public interface INoticeChannel
{
    /// <summary>The name kept in the nudge markers' <c>pending=</c> list and in metrics.</summary>
    string Name { get; }

    bool Enabled { get; }

    /// <summary>Sends what it can and says what arrived; failures are logged, never thrown.</summary>
    Task<NoticeReceipt> SendAsync(Notice notice, CancellationToken cancellationToken);
}
