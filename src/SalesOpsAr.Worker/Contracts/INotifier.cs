namespace SalesOpsAr.Worker.Contracts;

/// <summary>Sends a notice on every enabled channel (Slack, e-mail); what the sweep and the announcer talk to.</summary>
public interface INotifier
{
    /// <summary>The channels that are configured, in the order notices go out.</summary>
    IReadOnlyList<INoticeChannel> Enabled { get; }

    /// <returns>True when at least one channel delivered all of it.</returns>
    Task<bool> SendAsync(Notice notice, CancellationToken cancellationToken);
}
