namespace SalesOpsAr.Workflow.Setup;

/// <summary>What <c>setup</c> does about one label or the board.</summary>
public enum SetupAction
{
    /// <summary>As it should be: nothing to do.</summary>
    UpToDate,
    CreateLabel,

    /// <summary>The label exists with another colour or description.</summary>
    UpdateLabel,

    /// <summary>A group's label: used as it is (changing it needs the group, and other projects share it).</summary>
    KeepGroupLabel,
    CreateBoard,

    /// <summary>A list for a state label on the board.</summary>
    AddList,

    /// <summary>The board's lists are not in the states' order; left for a person to drag.</summary>
    ListsOutOfOrder,
}
