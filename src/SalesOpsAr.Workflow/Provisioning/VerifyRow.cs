namespace SalesOpsAr.Workflow.Provisioning;

/// <summary>One person's checks, by system (in the AR's order), each with its words when it is not plainly present.</summary>
public sealed record VerifyRow(string Person, IReadOnlyList<(VerifyCheck Check, string? Why)> Checks);
