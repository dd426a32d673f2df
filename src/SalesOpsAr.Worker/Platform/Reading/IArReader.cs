using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Platform.Reading;

/// <summary>
/// Where the reconciler reads an AR from, chosen once by the run mode: GitLab itself (<see cref="GitLabArReader"/>, with a
/// token), or the webhook's own payload (<see cref="PayloadArReader"/>, the dry-run without a token, which has no history).
/// </summary>
internal interface IArReader
{
    /// <summary>The AR is read fresh at the time of reading, so events that arrived meanwhile are answered by one read.</summary>
    bool ReadsLive { get; }

    /// <summary>Why <see cref="ReadAsync(ArChanged, CancellationToken)"/> found nothing, for the log.</summary>
    string Missing { get; }

    /// <summary>The AR a message is about; null when there is none to decide from.</summary>
    Task<ArSnapshot?> ReadAsync(ArChanged message, CancellationToken cancellationToken);

    /// <summary>The AR a listing showed, read again just before it is changed; null when it is gone.</summary>
    Task<ArSnapshot?> ReadAgainAsync(ArSnapshot listed, CancellationToken cancellationToken);

    /// <summary>The AR's notes (none without a token).</summary>
    Task<IReadOnlyList<GitLabNote>> NotesAsync(ArSnapshot ar, CancellationToken cancellationToken);

    /// <summary>The AR's label events; null when there is no history to read.</summary>
    Task<IReadOnlyList<GitLabLabelEvent>?> LabelEventsAsync(ArSnapshot ar, CancellationToken cancellationToken);
}
