namespace SalesOpsAr.GitLab.Api;

/// <summary>GitLab's own count of the bot's remaining calls, from the <c>RateLimit-*</c> headers of its last answer that had them.</summary>
public sealed class GitLabHeadroom
{
    private long _remaining = -1;
    private long _limit = -1;

    public long? Remaining => Interlocked.Read(ref _remaining) is var r and >= 0 ? r : null;

    public long? Limit => Interlocked.Read(ref _limit) is var l and >= 0 ? l : null;

    public void Saw(long remaining, long? limit)
    {
        Interlocked.Exchange(ref _remaining, remaining);
        if (limit is { } l)
        {
            Interlocked.Exchange(ref _limit, l);
        }
    }
}
