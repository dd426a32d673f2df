namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>The one key of the <c>Notifications</c> section the sweep reads itself (the channels' own keys are Notifying's).</summary>
public sealed class NudgeNoteOptions
{
    /// <summary>Nudge notes on the AR itself (mentions make GitLab email the people too); <c>Notifications:GitLabNotes</c>.</summary>
    public bool GitLabNotes { get; set; } = true;
}
