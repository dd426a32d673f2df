namespace SalesOpsAr.GitLab.Api;

/// <summary>
/// The <c>X-Gitlab-Event-UUID</c> of the webhook being handled. API calls made within it send the UUID
/// back, which lets GitLab suppress the echo deliveries of the bot's own edits.
/// </summary>
public static class GitLabEventContext
{
    private static readonly AsyncLocal<string?> CurrentUuid = new();

    public static string? EventUuid => CurrentUuid.Value;

    public static IDisposable Begin(string? eventUuid)
    {
        var previous = CurrentUuid.Value;
        CurrentUuid.Value = eventUuid;
        return new Scope(previous);
    }

    private sealed class Scope(string? previous) : IDisposable
    {
        public void Dispose() => CurrentUuid.Value = previous;
    }
}
