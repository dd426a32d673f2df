namespace SalesOpsAr.Workflow.Absence;

/// <summary>A configured absence: the user is out from <see cref="From"/> to <see cref="Until"/>, both days included.</summary>
public sealed record PlannedAbsence(string Username, DateOnly From, DateOnly Until);
