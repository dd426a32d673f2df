using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Workflow.Tests.Reconciling;

/// <summary>
/// One named row of the rule table: an AR, what the event said, what the host read when the rules asked (null: nothing
/// read yet), and the plan expected, with a phrase its note must say.
/// </summary>
public sealed record RuleCase(
    ArSnapshot Ar,
    ArHints Hints,
    string[] ExpectAdd,
    string[] ExpectRemove,
    string[] ExpectCc,
    ArContext? Context = null,
    string? Says = null);
