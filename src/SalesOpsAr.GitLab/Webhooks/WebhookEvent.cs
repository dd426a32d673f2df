using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.GitLab.Webhooks;

/// <summary>An Issue Hook or Note Hook on an issue, reduced to what the worker needs.</summary>
public sealed record WebhookEvent
{
    public required string Kind { get; init; }
    public required long ProjectId { get; init; }
    public required long Iid { get; init; }

    /// <summary>Who caused the event.</summary>
    public string? Username { get; init; }

    public EventAction Action { get; init; }
    public bool IsOpen { get; init; } = true;
    public string Title { get; init; } = "";
    public string? Description { get; init; }

    /// <summary>The description before this event, when it changed it (<c>changes.description.previous</c>).</summary>
    public string? PreviousDescription { get; init; }

    /// <summary>The event changed who is assigned (<c>changes.assignees</c>).</summary>
    public bool AssigneesChanged { get; init; }
    public IReadOnlyList<string> Labels { get; init; } = [];
    public IReadOnlyList<string> PreviousLabels { get; init; } = [];
    public IReadOnlyList<string> Assignees { get; init; } = [];
    public string? Url { get; init; }

    /// <summary>The issue's <c>due_date</c> as GitLab wrote it (<c>yyyy-MM-dd</c>); null when none.</summary>
    public string? DueDate { get; init; }

    /// <summary>A note event's note id (<c>object_attributes.id</c>): the key of the commands it gives; null for issue events.</summary>
    public long? NoteId { get; init; }

    /// <summary>A note event's comment text (its first <see cref="MaxNoteText"/> characters); null for issue events.</summary>
    public string? NoteText { get; init; }

    /// <summary>How much of a comment is kept: enough for any command line a person types.</summary>
    public const int MaxNoteText = 10_000;

    public IReadOnlyList<string> LabelsAdded => Labels.Except(PreviousLabels, StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> LabelsRemoved => PreviousLabels.Except(Labels, StringComparer.Ordinal).ToList();
}
