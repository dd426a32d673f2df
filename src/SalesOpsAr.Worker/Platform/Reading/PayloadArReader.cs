using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Platform.Reading;

/// <summary>
/// The dry-run without a token: each message carries its AR as the webhook showed it and is its own snapshot; there
/// are no notes and no history to read. Never calls GitLab.
/// </summary>
internal sealed class PayloadArReader : IArReader
{
    public bool ReadsLive => false;

    public string Missing => "no GitLab token and the event carries no issue to decide from";

    public Task<ArSnapshot?> ReadAsync(ArChanged message, CancellationToken cancellationToken) => Task.FromResult(ArInput.Snapshot(message));

    public Task<ArSnapshot?> ReadAgainAsync(ArSnapshot listed, CancellationToken cancellationToken) => Task.FromResult<ArSnapshot?>(listed);

    public Task<IReadOnlyList<GitLabNote>> NotesAsync(ArSnapshot ar, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<GitLabNote>>([]);

    public Task<IReadOnlyList<GitLabLabelEvent>?> LabelEventsAsync(ArSnapshot ar, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<GitLabLabelEvent>?>(null);
}
