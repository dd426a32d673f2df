using System.Collections.Concurrent;
using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>A notifier with one channel that keeps what it is given.</summary>
internal sealed class RecordingNotifier : INotifier, INoticeChannel
{
    private readonly ConcurrentQueue<Notice> _sent = new();

    public IReadOnlyList<Notice> Sent => [.. _sent];

    public string Name => "slack";

    public bool Enabled => true;

    IReadOnlyList<INoticeChannel> INotifier.Enabled => [this];

    public Task<bool> SendAsync(Notice notice, CancellationToken cancellationToken)
    {
        _sent.Enqueue(notice);
        return Task.FromResult(true);
    }

    Task<NoticeReceipt> INoticeChannel.SendAsync(Notice notice, CancellationToken cancellationToken)
    {
        _sent.Enqueue(notice);
        return Task.FromResult(new NoticeReceipt(true, notice.Items.ToHashSet()));
    }
}
