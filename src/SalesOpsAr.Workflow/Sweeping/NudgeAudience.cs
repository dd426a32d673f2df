namespace SalesOpsAr.Workflow.Sweeping;

/// <summary>Whom a nudge is for: the assignees, or the team channel plus the DRIs, or the DRIs alone.</summary>
public enum NudgeAudience
{
    Assignees,
    TeamAndDris,
    Dris,
}
