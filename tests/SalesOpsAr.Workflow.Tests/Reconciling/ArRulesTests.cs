using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Reconciling;
using static SalesOpsAr.Workflow.Labels.StateLabels;
using static SalesOpsAr.Workflow.Tests.Reconciling.Ars;

namespace SalesOpsAr.Workflow.Tests.Reconciling;

public sealed class ArRulesTests
{
    private const string HoldReason = "SalesOPS: Waiting on SFDC License";
    private static readonly string[] None = [];
    private static readonly string[] Dris = ["amber", "meri"];

    private static readonly Dictionary<string, RuleCase> Cases = new()
    {
        // Rule 7: new AR ⇒ Action Needed + CC.
        ["template AR with a Sales to-do section ⇒ Action Needed, CC the DRIs"] = new(
            Ar(TemplateDescription, labels: ["NewAccessRequest", "ReadyForProvisioning"]), Hints(EventAction.Open),
            [ActionNeeded], None, Dris),
        ["manual AR naming SFDC ⇒ Action Needed, CC the DRIs"] = new(
            Ar(ManualSfdcDescription), Hints(EventAction.Open), [ActionNeeded], None, Dris),
        ["new AR already assigned to the team ⇒ In Progress, CC the DRIs"] = new(
            Ar(assignees: ["jdoe"]), Hints(EventAction.Open), [InProgress], None, Dris),
        ["new AR assigned only to another team's provisioner ⇒ Action Needed"] = new(
            Ar(assignees: ["it-provisioner"]), Hints(EventAction.Open), [ActionNeeded], None, Dris),
        ["template already labelled and CC'ing the DRIs in its text ⇒ nothing"] = new(
            Ar(ManualSfdcDescription + "\ncc @amber @meri", labels: [ActionNeeded]), Hints(EventAction.Open),
            None, None, None),
        ["description mentions one DRI ⇒ CC only the other"] = new(
            Ar(ManualSfdcDescription + "\nFYI @Amber"), Hints(EventAction.Open), [ActionNeeded], None, ["meri"]),
        ["an earlier note already CC'd the DRIs ⇒ label only"] = new(
            Ar(notes: 2), Hints(EventAction.Update), [ActionNeeded], None, None,
            MentionedInNotes: new HashSet<string>(Dris, StringComparer.OrdinalIgnoreCase)),
        ["earlier notes mention nobody ⇒ label and CC"] = new(
            Ar(notes: 2), Hints(EventAction.Update), [ActionNeeded], None, Dris,
            MentionedInNotes: new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "someone" }),
        ["labelled AR on a later edit is not re-checked for CC"] = new(
            Ar(labels: [ActionNeeded], notes: 5), Hints(EventAction.Update), None, None, None),

        // Rule 8 / 9: picked up and dropped.
        ["Action Needed and a team member assigned ⇒ In Progress"] = new(
            Ar(labels: [ActionNeeded], assignees: ["ksmith"]), Hints(), [InProgress], [ActionNeeded], None),
        ["a DRI counts as the team"] = new(
            Ar(labels: [ActionNeeded], assignees: ["meri"]), Hints(), [InProgress], [ActionNeeded], None),
        ["Action Needed and only another team's provisioner assigned ⇒ nothing"] = new(
            Ar(labels: [ActionNeeded], assignees: ["it-provisioner"]), Hints(), None, None, None),
        ["In Progress and the team member unassigned ⇒ Action Needed"] = new(
            Ar(labels: [InProgress]), Hints(), [ActionNeeded], [InProgress], None),
        ["In Progress with another team's provisioner left ⇒ Action Needed"] = new(
            Ar(labels: [InProgress], assignees: ["it-provisioner"]), Hints(), [ActionNeeded], [InProgress], None),
        ["In Progress and assigned ⇒ nothing"] = new(
            Ar(labels: [InProgress], assignees: ["jdoe", "it-provisioner"]), Hints(), None, None, None),

        // Rule 5 / 6: hold.
        ["hold reason added to In Progress ⇒ On Hold"] = new(
            Ar(labels: [InProgress, HoldReason], assignees: ["jdoe"]), Hints(added: [HoldReason]), [OnHold], [InProgress], None),
        ["hold reason in any case ⇒ On Hold"] = new(
            Ar(labels: [ActionNeeded, "salesops: waiting on sfdc license"]), Hints(), [OnHold], [ActionNeeded], None),
        ["hold set by hand without a reason stands, assigned or not"] = new(
            Ar(labels: [OnHold]), Hints(), None, None, None),
        ["hold reason removed, assigned ⇒ In Progress"] = new(
            Ar(labels: [OnHold], assignees: ["jdoe"]), Hints(removed: [HoldReason]), [InProgress], [OnHold], None),
        ["hold reason removed, unassigned ⇒ Action Needed"] = new(
            Ar(labels: [OnHold]), Hints(removed: [HoldReason]), [ActionNeeded], [OnHold], None),
        ["one of two hold reasons removed ⇒ stays On Hold"] = new(
            Ar(labels: [OnHold, HoldReason]), Hints(removed: ["SalesOPS: Waiting on Clari seat"]), None, None, None),

        // Rule 1: normalise.
        ["handbook typo SaelsOpsAR::In Progress ⇒ canonical label"] = new(
            Ar(labels: ["SaelsOpsAR::In Progress"], assignees: ["jdoe"]), Hints(),
            [InProgress], ["SaelsOpsAR::In Progress"], None),
        ["lower case and extra spaces ⇒ canonical label"] = new(
            Ar(labels: ["salesopsar::on  hold"]), Hints(), [OnHold], ["salesopsar::on  hold"], None),

        // Rule 2: one state.
        ["two states on Free tier, event added In Progress ⇒ keep In Progress"] = new(
            Ar(labels: [ActionNeeded, InProgress], assignees: ["jdoe"]), Hints(added: [InProgress]), None, [ActionNeeded], None),
        ["two states, event added Action Needed while assigned ⇒ In Progress (picked up)"] = new(
            Ar(labels: [InProgress, ActionNeeded], assignees: ["jdoe"]), Hints(added: [ActionNeeded]),
            None, [ActionNeeded], None),
        ["two states, no hint ⇒ keep the most advanced"] = new(
            Ar(labels: [InProgress, OnHold], assignees: ["jdoe"]), Hints(), None, [InProgress], None),

        // Rule 3 / 4: completion.
        ["all Sales Ops tasks checked ⇒ Completed"] = new(
            Ar(TemplateDescription.Replace("* [ ] Salesforce", "* [x] Salesforce", StringComparison.Ordinal)
                .Replace("* [ ] Chorus", "* [X] Chorus", StringComparison.Ordinal)
                .Replace("* [ ] Clari", "* [x] Clari", StringComparison.Ordinal),
                labels: [InProgress], assignees: ["jdoe"]),
            Hints(), [Completed], [InProgress], None),
        ["checked Sales Ops tasks inside a code block don't count"] = new(
            Ar("- [ ] SFDC: profile\n```\n- [x] SFDC: profile\n```\n<!-- - [x] Clari -->", labels: [InProgress], assignees: ["jdoe"]),
            Hints(), None, None, None),
        ["other teams' tasks all checked, no Sales Ops task ⇒ never auto-complete"] = new(
            Ar("Needs Salesforce report access, see thread.\n- [x] Okta: group\n- [x] Slack: channel", labels: [InProgress], assignees: ["jdoe"]),
            Hints(), None, None, None),
        ["Completed is sticky: unticked and unassigned stays Completed"] = new(
            Ar(labels: [Completed]), Hints(), None, None, None),
        ["Completed beats a hold reason"] = new(
            Ar(labels: [Completed, HoldReason]), Hints(), None, None, None),
        ["new AR with every Sales Ops task already done ⇒ Completed, no CC"] = new(
            Ar("- [x] SFDC: profile"), Hints(EventAction.Open), [Completed], None, None),

        // Rule 10: closed and reopened.
        ["closed AR keeps its labels, even wrong ones"] = new(
            Ar(labels: [InProgress, ActionNeeded, "SaelsOpsAR::On Hold"], open: false), Hints(EventAction.Close), None, None, None),
        ["reopened AR is evaluated afresh"] = new(
            Ar(labels: [InProgress], notes: 3), Hints(EventAction.Reopen), [ActionNeeded], [InProgress], None),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Decide_Case_GivesExpectedPlan(string name)
    {
        var c = Cases[name];

        var plan = CreateSut().Decide(c.Ar, c.Hints, c.MentionedInNotes);

        Assert.False(plan.NeedsNotes);
        Assert.Equal(c.ExpectAdd, plan.AddLabels);
        Assert.Equal(c.ExpectRemove.Order(), plan.RemoveLabels.Order());
        Assert.Equal(c.ExpectCc, plan.Cc);
        Assert.Equal(plan.IsEmpty, plan.Reasons.Count == 0);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Decide_OnItsOwnResult_ChangesNothing(string name)
    {
        var c = Cases[name];
        var sut = CreateSut();
        var plan = sut.Decide(c.Ar, c.Hints, c.MentionedInNotes);

        var after = c.Ar with
        {
            Labels = c.Ar.Labels.Except(plan.RemoveLabels).Concat(plan.AddLabels).ToList(),
            UserNotesCount = c.Ar.UserNotesCount + (plan.IsEmpty ? 0 : 1),
        };
        var mentioned = new HashSet<string>(c.MentionedInNotes ?? new HashSet<string>(), StringComparer.OrdinalIgnoreCase);
        mentioned.UnionWith(plan.Cc);
        var echo = Hints(EventAction.Update, [.. plan.AddLabels], [.. plan.RemoveLabels]);

        Assert.Equal(Plan.Nothing, sut.Decide(after, echo, mentioned));
        Assert.Equal(Plan.Nothing, sut.Decide(after, ArHints.None, mentioned));
    }

    [Fact]
    public void Decide_DescriptionLacksCcAndNotesUnread_AsksForNotes()
    {
        var plan = CreateSut().Decide(Ar(notes: 1), Hints(EventAction.Open));

        Assert.True(plan.NeedsNotes);
        Assert.Empty(plan.AddLabels);
    }

    [Fact]
    public void Decide_NewAr_ExplainsTheChangeInOneSentencePerChange()
    {
        var plan = CreateSut().Decide(Ar(labels: ["SaelsOpsAR::In Progress"]), Hints());

        Assert.Equal(
            ["Moved to ~\"SalesOpsAR::Action Needed\": nobody from Sales Ops is assigned any more."],
            plan.Reasons);
        Assert.Equal(ArState.InProgress, plan.From);
        Assert.Equal(ArState.ActionNeeded, plan.To);
    }

    [Theory]
    [InlineData(ManualSfdcDescription, new string[0], true)]
    [InlineData(TemplateDescription, new string[0], true)]
    [InlineData(NonSalesDescription, new string[0], false)]
    [InlineData(NonSalesDescription, new[] { "SaelsOpsAR::On Hold" }, true)]
    [InlineData(NonSalesDescription, new[] { "SalesOpsAR::Whatever" }, true)]
    [InlineData(NonSalesDescription, new[] { "SalesOPS: Waiting on SFDC License" }, true)]
    [InlineData("Please clarify the Clarity dashboard access", new string[0], false)]
    public void IsSalesOpsAr_LabelsAndDescription_Classifies(string description, string[] labels, bool expected) =>
        Assert.Equal(expected, CreateSut().IsSalesOpsAr(labels, description));

    private static ArRules CreateSut() => new(Ars.Settings);
}
