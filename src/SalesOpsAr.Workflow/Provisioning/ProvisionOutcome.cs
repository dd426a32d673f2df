namespace SalesOpsAr.Workflow.Provisioning;

/// <summary>One person's outcome in one system: who, the account's name, what happened, the system's words, and the account's page.</summary>
public sealed record ProvisionOutcome(string Person, string? Account, ProvisionOutcomeKind Kind, string? Detail = null, Uri? Link = null);
