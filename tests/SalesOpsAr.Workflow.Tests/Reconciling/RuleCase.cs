using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Workflow.Tests.Reconciling;

/// <summary>One named row of the rule table: an AR, what the event said, and the plan expected.</summary>
public sealed record RuleCase(
    ArSnapshot Ar,
    ArHints Hints,
    string[] ExpectAdd,
    string[] ExpectRemove,
    string[] ExpectCc,
    IReadOnlySet<string>? MentionedInNotes = null);
