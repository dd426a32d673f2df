using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>An earlier nudge note whose email or Slack did not go out; its assignees now, for the nudges meant for them.</summary>
public sealed record ArPendingNudges(ArRef Ar, NudgeNote Note, IReadOnlyList<string> TeamAssignees);
