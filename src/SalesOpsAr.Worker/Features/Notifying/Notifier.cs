using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Features.Notifying;

/// <summary>Sends a notice on every enabled channel; one channel failing never stops the others.</summary>
internal sealed class Notifier(IEnumerable<INoticeChannel> channels) : INotifier
{
    public IReadOnlyList<INoticeChannel> Enabled { get; } = channels.Where(c => c.Enabled).ToList();

    /// <returns>True when at least one channel delivered all of it.</returns>
    public async Task<bool> SendAsync(Notice notice, CancellationToken cancellationToken)
    {
        var sent = false;
        foreach (var channel in Enabled)
        {
            sent |= (await channel.SendAsync(notice, cancellationToken)).Complete;
        }

        return sent;
    }
}
