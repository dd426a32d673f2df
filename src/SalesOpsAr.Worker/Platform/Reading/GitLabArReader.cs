using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Platform.Reading;

/// <summary>Reads ARs from GitLab (the bot has a token): one call per read.</summary>
internal sealed class GitLabArReader(IGitLabClient gitLab) : IArReader
{
    public bool ReadsLive => true;

    public string Missing => "the issue does not exist or the bot cannot see it";

    public Task<ArSnapshot?> ReadAsync(ArChanged message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return ReadAsync(message.ProjectId, message.Iid, cancellationToken);
    }

    public Task<ArSnapshot?> ReadAgainAsync(ArSnapshot listed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listed);
        return ReadAsync(listed.ProjectId, listed.Iid, cancellationToken);
    }

    public Task<IReadOnlyList<GitLabNote>> NotesAsync(ArSnapshot ar, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ar);
        return gitLab.ListNotesAsync(ar.ProjectId, ar.Iid, cancellationToken);
    }

    public async Task<IReadOnlyList<GitLabLabelEvent>?> LabelEventsAsync(ArSnapshot ar, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ar);
        return await gitLab.ListLabelEventsAsync(ar.ProjectId, ar.Iid, cancellationToken);
    }

    private async Task<ArSnapshot?> ReadAsync(long projectId, long iid, CancellationToken cancellationToken) =>
        await gitLab.GetIssueAsync(projectId, iid, cancellationToken) is { } issue ? ArInput.Snapshot(issue, projectId) : null;
}
