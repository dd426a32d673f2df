namespace SalesOpsAr.Worker.Contracts;

/// <summary>What a channel delivered of a notice: the items that reached everyone they were for, and whether all did.</summary>
public sealed record NoticeReceipt(bool Complete, IReadOnlySet<NoticeItem> Delivered)
{
    public static NoticeReceipt Nothing { get; } = new(false, new HashSet<NoticeItem>());
}
