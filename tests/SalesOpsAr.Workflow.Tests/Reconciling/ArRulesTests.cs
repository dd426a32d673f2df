using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Tasks;
using static SalesOpsAr.Workflow.Labels.StateLabels;
using static SalesOpsAr.Workflow.Tests.Reconciling.Ars;

namespace SalesOpsAr.Workflow.Tests.Reconciling;

/// <summary>
/// The rules of docs/workflow-rules.md, one named row each, numbered as there. Unless a row says otherwise the AR has
/// one note, and an earlier note CC'd both DRIs.
/// </summary>
public sealed class ArRulesTests
{
    private const string SfdcHold = "SalesOPS: Waiting on SFDC License";
    private const string NeedsApproval = "AR-Approval::Needs Manager Approval";
    private const string Approved = "AR-Approval::Manager Approved";
    private static readonly string[] None = [];
    private static readonly string[] Dris = ["amber", "meri"];

    private static readonly Dictionary<string, RuleCase> Cases = new()
    {
        // Rule 1: normalise.
        ["1 handbook typo SaelsOpsAR::In Progress ⇒ canonical label"] = new(
            Ar(labels: ["SaelsOpsAR::In Progress"], assignees: ["jdoe"]), Hints(),
            [InProgress], ["SaelsOpsAR::In Progress"], None, Says: "Replaced `SaelsOpsAR::In Progress` with the canonical ~\"SalesOpsAR::In Progress\"."),
        ["1 lower case and extra spaces ⇒ canonical label, a person's hold kept"] = new(
            Ar(labels: ["salesopsar::on  hold"]), Hints(), [OnHold], ["salesopsar::on  hold"], None, Ccd(stands: true)),

        // Rule 2: one state; the note says what was kept.
        ["2 two states, the event added In Progress ⇒ keep In Progress"] = new(
            Ar(labels: [ActionNeeded, InProgress], assignees: ["jdoe"]), Hints(added: [InProgress]), None, [ActionNeeded], None,
            Says: "Kept ~\"SalesOpsAR::In Progress\", the state set most recently, and removed ~\"SalesOpsAR::Action Needed\""),
        ["2 two states, a person added Action Needed while assigned ⇒ their Action Needed is kept, and the note says so"] = new(
            Ar(labels: [InProgress, ActionNeeded], assignees: ["jdoe"]), Hints(added: [ActionNeeded]), None, [InProgress], None, Ccd(stands: true),
            Says: "Kept ~\"SalesOpsAR::Action Needed\", the state set most recently, and removed ~\"SalesOpsAR::In Progress\""),
        ["2 two states, the bot's own Action Needed while assigned ⇒ In Progress, and the note says so"] = new(
            Ar(labels: [InProgress, ActionNeeded], assignees: ["jdoe"]), Hints(added: [ActionNeeded]), None, [ActionNeeded], None, Ccd(stands: false),
            Says: "Moved to ~\"SalesOpsAR::In Progress\": picked up by `jdoe` from Sales Ops."),
        ["2 two states, no hint ⇒ keep the most advanced"] = new(
            Ar(labels: [InProgress, OnHold], assignees: ["jdoe"]), Hints(), None, [InProgress], None, Ccd(stands: true),
            Says: "Kept ~\"SalesOpsAR::On Hold\", the most advanced state, and removed ~\"SalesOpsAR::In Progress\""),

        // Rule 3: completed when Sales Ops' tasks are done.
        ["3 all Sales Ops tasks of the template ticked ⇒ Completed"] = new(
            Ar(AllTicked(TemplateDescription), labels: [InProgress], assignees: ["jdoe"]), Hints(tasks: TaskChange.Changed),
            [Completed], [InProgress], None, Says: "all 3 Sales Ops tasks are checked"),
        ["3 all ticked, but a verification found an account missing ⇒ nothing (#24)"] = new(
            Ar(AllTicked(TemplateDescription), labels: [InProgress], assignees: ["jdoe"]), Hints(tasks: TaskChange.Changed),
            None, None, None, Ccd() with { CompletionWithheld = true }),
        ["3 all ticked, a verification found an account missing, a person set Completed ⇒ their Completed stands (#24)"] = new(
            Ar(AllTicked(TemplateDescription), labels: [Completed], assignees: ["jdoe"]), Hints(added: [Completed]),
            None, None, None, Ccd() with { CompletionWithheld = true }),
        ["3 under ### Sales Ops, ticking only Salesforce leaves the #### Chorus tasks open ⇒ nothing"] = new(
            Ar(ChorusSubsection, labels: [InProgress], assignees: ["jdoe"]), Hints(tasks: TaskChange.Changed), None, None, None),
        ["3 under ### Sales Ops, the #### Chorus tasks ticked too ⇒ Completed"] = new(
            Ar(AllTicked(ChorusSubsection), labels: [InProgress], assignees: ["jdoe"]), Hints(tasks: TaskChange.Changed),
            [Completed], [InProgress], None, Says: "all 3 Sales Ops tasks are checked"),
        ["3 bold pseudo-headings: the Sales Ops to-do open, other teams' ticked ⇒ nothing"] = new(
            Ar(BoldHeadings.Replace("- [ ] Laptop", "- [x] Laptop", StringComparison.Ordinal), labels: [InProgress], assignees: ["jdoe"]),
            Hints(tasks: TaskChange.Changed), None, None, None),
        ["3 bold pseudo-headings: the Sales Ops to-do ticked ⇒ Completed"] = new(
            Ar(BoldHeadings.Replace("- [ ] Create", "- [x] Create", StringComparison.Ordinal).Replace("- [ ] Assign", "- [x] Assign", StringComparison.Ordinal),
                labels: [InProgress], assignees: ["jdoe"]),
            Hints(tasks: TaskChange.Changed), [Completed], [InProgress], None, Says: "all 2 Sales Ops tasks are checked"),
        ["3 a line ending in ':' on its own heads the Sales Ops tasks ⇒ Completed when they are ticked"] = new(
            Ar(AllTicked(ColonHeading), labels: [InProgress], assignees: ["jdoe"]), Hints(tasks: TaskChange.Changed),
            [Completed], [InProgress], None, Says: "all 2 Sales Ops tasks are checked"),
        ["3 IT's ticked task names Salesforce: still IT's, so a new AR is not Completed on first sight"] = new(
            Ar(ItTaskNamesSalesforce, notes: 0), Hints(EventAction.Open), [ActionNeeded], None, Dris),
        ["3 only other teams' tasks, all ticked ⇒ never auto-complete"] = new(
            Ar(OnlyItTasks, labels: [InProgress], assignees: ["jdoe"]), Hints(tasks: TaskChange.Changed), None, None, None),
        ["3 checked Sales Ops tasks inside a code block don't count"] = new(
            Ar("- [ ] SFDC: profile\n```\n- [x] SFDC: profile\n```\n<!-- - [x] Clari -->", labels: [InProgress], assignees: ["jdoe"]),
            Hints(tasks: TaskChange.Changed), None, None, None),
        ["3 new AR with every Sales Ops task already done ⇒ Completed, no CC"] = new(
            Ar("- [x] SFDC: profile", notes: 0), Hints(EventAction.Open), [Completed], None, None),

        // Rule 4: people's decisions win; new work reopens.
        ["4 a person moved a Completed AR back to In Progress: the ticked list does not overrule them"] = new(
            Ar(AllTicked(TemplateDescription), labels: [InProgress], assignees: ["jdoe"]), Hints(), None, None, None, Ccd(stands: true)),
        ["4 the bot's own In Progress with every task ticked (the tick's event lost) ⇒ Completed"] = new(
            Ar(AllTicked(TemplateDescription), labels: [InProgress], assignees: ["jdoe"]), Hints(), [Completed], [InProgress], None, Ccd(stands: false)),
        ["4 ticking a task is new work: the person's In Progress yields ⇒ Completed"] = new(
            Ar(AllTicked(TemplateDescription), labels: [InProgress], assignees: ["jdoe"]), Hints(tasks: TaskChange.Changed), [Completed], [InProgress], None),
        ["4 a new unticked Sales Ops task on a Completed AR, assigned ⇒ In Progress, saying why"] = new(
            Ar("- [x] SFDC: Account Executive profile\n- [ ] Clari: forecast user", labels: [Completed], assignees: ["jdoe"]),
            Hints(tasks: TaskChange.Reopened), [InProgress], [Completed], None,
            Says: "Moved to ~\"SalesOpsAR::In Progress\": a new or unticked Sales Ops task (`Clari: forecast user`) is open again, and `jdoe` from Sales Ops is assigned."),
        ["4 a reopened task of a hundred thousand characters is quoted cut, so the note fits"] = new(
            Ar("- [x] SFDC: Account Executive profile\n- [ ] Clari: " + new string('x', 100_000), labels: [Completed], assignees: ["jdoe"]),
            Hints(tasks: TaskChange.Reopened), [InProgress], [Completed], None,
            Says: "(`Clari: " + new string('x', 293) + "…`) is open again"),
        ["4 a Sales Ops task unticked on a Completed AR, unassigned ⇒ Action Needed"] = new(
            Ar("- [ ] SFDC: Account Executive profile", labels: [Completed]), Hints(tasks: TaskChange.Reopened), [ActionNeeded], [Completed], None,
            Says: "and nobody from Sales Ops is assigned"),
        ["4 a Completed AR reopened with an unticked Sales Ops task ⇒ back to work"] = new(
            Ar("- [ ] SFDC: Account Executive profile", labels: [Completed], assignees: ["ksmith"]), Hints(EventAction.Reopen), [InProgress], [Completed], None,
            Says: "the AR was reopened with 1 unticked Sales Ops task"),
        ["4 a Completed AR reopened with every Sales Ops task ticked ⇒ stays Completed"] = new(
            Ar("- [x] SFDC: Account Executive profile", labels: [Completed]), Hints(EventAction.Reopen), None, None, None),
        ["4 Completed with an open task and nothing new (a sweep) ⇒ stays Completed"] = new(
            Ar(labels: [Completed]), Hints(), None, None, None),
        ["4 Completed, another task ticked or reworded ⇒ stays Completed"] = new(
            Ar("- [x] SFDC: profile\n- [ ] Clari: user", labels: [Completed]), Hints(tasks: TaskChange.Changed), None, None, None),
        ["4 a person's On Hold stands through an assignment"] = new(
            Ar(labels: [OnHold], assignees: ["jdoe"]), Hints(assignees: true), None, None, None, Ccd(stands: true)),
        ["4 a person put an assigned AR back to Action Needed: it stands"] = new(
            Ar(labels: [ActionNeeded], assignees: ["jdoe"]), Hints(added: [ActionNeeded]), None, None, None, Ccd(stands: true)),
        ["4 ...until the assignees change ⇒ In Progress"] = new(
            Ar(labels: [ActionNeeded], assignees: ["jdoe", "ksmith"]), Hints(assignees: true), [InProgress], [ActionNeeded], None),

        // Rule 5: a hold label ⇒ On Hold.
        ["5 the SFDC-licence label added to In Progress ⇒ On Hold"] = new(
            Ar(labels: [InProgress, SfdcHold], assignees: ["jdoe"]), Hints(added: [SfdcHold]), [OnHold], [InProgress], None,
            Says: "Moved to ~\"SalesOpsAR::On Hold\": waiting on an SFDC licence"),
        ["5 a hold label in any case ⇒ On Hold"] = new(
            Ar(labels: [ActionNeeded, "salesops: waiting on sfdc license"]), Hints(added: ["salesops: waiting on sfdc license"]), [OnHold], [ActionNeeded], None),
        ["5 a new AR waiting for the manager's approval ⇒ On Hold and CC"] = new(
            Ar(notes: 0, labels: [NeedsApproval]), Hints(EventAction.Open), [OnHold], None, Dris,
            Says: "Moved to ~\"SalesOpsAR::On Hold\": waiting for the manager's approval (~\"AR-Approval::Needs Manager Approval\")."),
        ["5 Completed beats a hold label"] = new(
            Ar(labels: [Completed, SfdcHold]), Hints(), None, None, None),

        // Rule 6: the hold released ⇒ resume.
        ["6 the SFDC-licence label removed, assigned ⇒ In Progress"] = new(
            Ar(labels: [OnHold], assignees: ["jdoe"]), Hints(removed: [SfdcHold]), [InProgress], [OnHold], None,
            Says: "the hold is released, and `jdoe` from Sales Ops is assigned"),
        ["6 the SFDC-licence label removed, unassigned ⇒ Action Needed"] = new(
            Ar(labels: [OnHold]), Hints(removed: [SfdcHold]), [ActionNeeded], [OnHold], None),
        ["6 the manager approved (Free tier keeps both labels) ⇒ released"] = new(
            Ar(labels: [OnHold, NeedsApproval, Approved], assignees: ["jdoe"]), Hints(added: [Approved]), [InProgress], [OnHold], None),
        ["6 the needs-approval label removed, unassigned ⇒ Action Needed"] = new(
            Ar(labels: [OnHold]), Hints(removed: [NeedsApproval]), [ActionNeeded], [OnHold], None),
        ["6 one of two hold labels removed ⇒ stays On Hold"] = new(
            Ar(labels: [OnHold, SfdcHold]), Hints(removed: [NeedsApproval]), None, None, None),
        ["6 a hold set by hand without a label stands"] = new(
            Ar(labels: [OnHold]), Hints(), None, None, None, Ccd(stands: true)),
        ["6 the bot's hold whose label went while its event was lost ⇒ resumes"] = new(
            Ar(labels: [OnHold], assignees: ["jdoe"]), Hints(), [InProgress], [OnHold], None, Ccd(stands: false)),

        // Rule 7: new AR ⇒ Action Needed + CC; every AR CC'd once.
        ["7 template AR with a Sales to-do section ⇒ Action Needed, CC the DRIs"] = new(
            Ar(TemplateDescription, labels: ["NewAccessRequest", "ReadyForProvisioning"], notes: 0), Hints(EventAction.Open), [ActionNeeded], None, Dris),
        ["7 manual AR with an SFDC task ⇒ Action Needed, CC the DRIs"] = new(
            Ar(ManualSfdcDescription, notes: 0), Hints(EventAction.Open), [ActionNeeded], None, Dris,
            Says: "Moved to ~\"SalesOpsAR::Action Needed\": new Sales Ops access request, nobody from Sales Ops assigned yet."),
        ["7 new AR already assigned to the team ⇒ In Progress, CC the DRIs"] = new(
            Ar(assignees: ["jdoe"], notes: 0), Hints(EventAction.Open), [InProgress], None, Dris),
        ["7 new AR assigned only to another team's provisioner ⇒ Action Needed"] = new(
            Ar(assignees: ["it-provisioner"], notes: 0), Hints(EventAction.Open), [ActionNeeded], None, Dris),
        ["7 template already labelled and CC'ing the DRIs in its text ⇒ nothing"] = new(
            Ar(ManualSfdcDescription + "\ncc @amber @meri", labels: [ActionNeeded], notes: 0), Hints(EventAction.Open), None, None, None),
        ["7 description mentions one DRI ⇒ CC only the other"] = new(
            Ar(ManualSfdcDescription + "\nFYI @Amber", notes: 0), Hints(EventAction.Open), [ActionNeeded], None, ["meri"]),
        ["7 an earlier note already CC'd the DRIs ⇒ label only"] = new(
            Ar(notes: 2), Hints(), [ActionNeeded], None, None, Ccd()),
        ["7 earlier notes mention nobody ⇒ label and CC"] = new(
            Ar(notes: 2), Hints(), [ActionNeeded], None, Dris, Read(null, "someone")),
        ["7 an AR its requester labelled, whose open event was lost ⇒ the CC, once"] = new(
            Ar(labels: [ActionNeeded], notes: 0), Hints(), None, None, Dris, Says: "Sales Ops access request: CC'ing the provisioning DRIs."),
        ["7 the same with comments that mention no DRI ⇒ the CC"] = new(
            Ar(labels: [InProgress], assignees: ["jdoe"], notes: 3), Hints(), None, None, Dris, Read(null, "requester")),
        ["7 a Completed AR is not CC'd: nothing is left to do"] = new(
            Ar(labels: [Completed], notes: 0), Hints(), None, None, None),

        // Rules 8 and 9: picked up and dropped.
        ["8 Action Needed and a team member assigned ⇒ In Progress"] = new(
            Ar(labels: [ActionNeeded], assignees: ["ksmith"]), Hints(assignees: true), [InProgress], [ActionNeeded], None,
            Says: "Moved to ~\"SalesOpsAR::In Progress\": picked up by `ksmith` from Sales Ops."),
        ["8 a DRI counts as the team"] = new(
            Ar(labels: [ActionNeeded], assignees: ["meri"]), Hints(assignees: true), [InProgress], [ActionNeeded], None),
        ["8 Action Needed and only another team's provisioner assigned ⇒ nothing"] = new(
            Ar(labels: [ActionNeeded], assignees: ["it-provisioner"]), Hints(assignees: true), None, None, None),
        ["8 the bot's Action Needed on an AR assigned while the event was lost (a sweep) ⇒ In Progress"] = new(
            Ar(labels: [ActionNeeded], assignees: ["jdoe"]), Hints(), [InProgress], [ActionNeeded], None, Ccd(stands: false)),
        ["9 In Progress and the team member unassigned ⇒ Action Needed"] = new(
            Ar(labels: [InProgress]), Hints(assignees: true), [ActionNeeded], [InProgress], None,
            Says: "Moved to ~\"SalesOpsAR::Action Needed\": nobody from Sales Ops is assigned any more."),
        ["9 In Progress with another team's provisioner left ⇒ Action Needed"] = new(
            Ar(labels: [InProgress], assignees: ["it-provisioner"]), Hints(assignees: true), [ActionNeeded], [InProgress], None),
        ["9 In Progress and assigned ⇒ nothing"] = new(
            Ar(labels: [InProgress], assignees: ["jdoe", "it-provisioner"]), Hints(), None, None, None),

        // Rule 10: closed and reopened.
        ["10 closed while In Progress ⇒ one note to the DRIs, labels kept"] = new(
            Ar(labels: [InProgress], assignees: ["jdoe"], open: false), Hints(EventAction.Close), None, None, Dris,
            Says: "This AR was closed while ~\"SalesOpsAR::In Progress\": Sales Ops' part may not be done."),
        ["10 closed before the bot ever labelled it ⇒ one note to the DRIs"] = new(
            Ar(open: false), Hints(EventAction.Close), None, None, Dris, Says: "This AR was closed before the bot labelled it"),
        ["10 closed when Completed ⇒ nothing"] = new(
            Ar(labels: [Completed], open: false), Hints(EventAction.Close), None, None, None),
        ["10 closed with every Sales Ops task ticked ⇒ nothing"] = new(
            Ar("- [x] SFDC: profile", labels: [InProgress], open: false), Hints(EventAction.Close), None, None, None),
        ["10 closed AR keeps its labels, even wrong ones"] = new(
            Ar(labels: [InProgress, ActionNeeded, "SaelsOpsAR::On Hold"], open: false), Hints(), None, None, None),
        ["10 reopened AR is evaluated afresh"] = new(
            Ar(labels: [InProgress], notes: 3), Hints(EventAction.Reopen), [ActionNeeded], [InProgress], None),

        // Rule 11: off the workflow, and a person's own Sales Ops label.
        ["11 Not Needed on a new AR with Sales Ops tasks ⇒ nothing, ever"] = new(
            Ar(labels: ["SalesOpsAR::Not Needed"], notes: 0), Hints(EventAction.Open), None, None, None),
        ["11 Not Needed beside a state ⇒ nothing added or removed"] = new(
            Ar(labels: ["SalesOpsAR::Not Needed", InProgress]), Hints(added: ["SalesOpsAR::Not Needed"]), None, None, None),
        ["11 Not Needed, closed unfinished ⇒ no report"] = new(
            Ar(labels: ["SalesOpsAR::Not Needed"], open: false), Hints(EventAction.Close), None, None, None),
        ["11 a person's SalesOpsAR::Blocked ⇒ no state beside it, never removed"] = new(
            Ar(labels: ["SalesOpsAR::Blocked"], notes: 0), Hints(EventAction.Open), None, None, None),
        ["11 SalesOpsAR::Blocked beside a misspelled state ⇒ nothing touched"] = new(
            Ar(labels: ["SalesOpsAR::Blocked", "SaelsOpsAR::In Progress"]), Hints(), None, None, None),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Decide_Case_GivesExpectedPlan(string name)
    {
        var c = Cases[name];

        var plan = CreateSut().Decide(c.Ar, c.Hints, c.Context ?? Ccd());

        Assert.Equal(ContextNeeds.None, plan.Needs);
        Assert.Equal(c.ExpectAdd, plan.AddLabels);
        Assert.Equal(c.ExpectRemove.Order(), plan.RemoveLabels.Order());
        Assert.Equal(c.ExpectCc, plan.Cc);
        Assert.Equal(plan.IsEmpty, plan.Reasons.Count == 0);
        if (c.Says is { } says)
        {
            Assert.Contains(says, string.Join(' ', plan.Reasons), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Decide_OnItsOwnResult_ChangesNothing(string name)
    {
        var c = Cases[name];
        var sut = CreateSut();
        var context = c.Context ?? Ccd();
        var plan = sut.Decide(c.Ar, c.Hints, context);

        var after = c.Ar with
        {
            Labels = c.Ar.Labels.Except(plan.RemoveLabels).Concat(plan.AddLabels).ToList(),
            UserNotesCount = c.Ar.UserNotesCount + (plan.IsEmpty ? 0 : 1),
        };
        var mentioned = new HashSet<string>(context.MentionedInNotes ?? new HashSet<string>(), StringComparer.OrdinalIgnoreCase);
        mentioned.UnionWith(plan.Cc);
        var read = new ArContext { MentionedInNotes = mentioned, DecisionStands = plan.From != plan.To ? false : context.DecisionStands, CompletionWithheld = context.CompletionWithheld }; // a verification note stays on the AR
        var echo = Hints(EventAction.Update, [.. plan.AddLabels], [.. plan.RemoveLabels]);

        var nothing = Plan.Nothing with { Respected = plan.Respected };
        Assert.Equal(nothing, sut.Decide(after, echo, read));
        Assert.Equal(nothing, sut.Decide(after, ArHints.None, read));
    }

    /// <summary>The note describes the edit as made: what it says it kept stays, what it says it moved to is added.</summary>
    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Decide_Case_NoteMatchesTheEdit(string name)
    {
        var c = Cases[name];
        var plan = CreateSut().Decide(c.Ar, c.Hints, c.Context ?? Ccd());
        var after = c.Ar.Labels.Except(plan.RemoveLabels).Concat(plan.AddLabels).ToList();
        var note = string.Join(' ', plan.Reasons);

        foreach (var state in All.Select(Title))
        {
            var named = $"~\"{state}\"";
            if (note.Contains("Kept " + named, StringComparison.Ordinal) || note.Contains("Moved to " + named, StringComparison.Ordinal))
            {
                Assert.Contains(state, after);
            }

            if (note.Contains("removed " + named, StringComparison.OrdinalIgnoreCase) || note.Contains(", " + named, StringComparison.Ordinal))
            {
                Assert.DoesNotContain(state, after);
            }
        }

        if (plan.To is { } to && c.Ar.IsOpen)
        {
            Assert.Contains(Title(to), after);
            Assert.Single(after, l => CreateSut().Labels.StateOf(l) is not null);
        }
    }

    [Fact]
    public void Decide_AStateAPersonMayHaveSet_AsksWhoSetItBeforeOverrulingIt()
    {
        var plan = CreateSut().Decide(Ar(AllTicked(TemplateDescription), labels: [InProgress], assignees: ["jdoe"]), Hints(), Ccd());

        Assert.Equal(ContextNeeds.Decision, plan.Needs);
        Assert.Empty(plan.AddLabels);
        Assert.Empty(plan.RemoveLabels);
    }

    [Theory]
    [InlineData(EventAction.Open)]
    [InlineData(EventAction.Reopen)]
    public void Decide_OpenOrReopen_NeedsNoReadingOfWhoSetTheState(EventAction action) =>
        Assert.Equal(ContextNeeds.None, CreateSut().Decide(Ar(labels: [InProgress]), Hints(action), Ccd()).Needs);

    [Fact]
    public void Decide_DescriptionLacksCcAndNotesUnread_AsksForNotes()
    {
        var plan = CreateSut().Decide(Ar(notes: 1), Hints(EventAction.Open));

        Assert.Equal(ContextNeeds.Notes, plan.Needs);
        Assert.Empty(plan.AddLabels);
    }

    [Fact]
    public void Decide_NoNotesYet_NeedsNothingRead() =>
        Assert.Equal(ContextNeeds.None, CreateSut().Decide(Ar(notes: 0), Hints(EventAction.Open)).Needs);

    [Fact]
    public void Decide_APersonsOwnSalesOpsLabel_IsNamedAsRespected()
    {
        var plan = CreateSut().Decide(Ar(labels: ["SalesOpsAR::Blocked", InProgress]), Hints(), Ccd());

        Assert.Equal("SalesOpsAR::Blocked", plan.Respected);
        Assert.True(plan.IsEmpty);
    }

    [Fact]
    public void Decide_NotNeededIsConfigurable()
    {
        var sut = new ArRules(Ars.Settings with { NotNeededLabel = "SalesOpsAR::N/A" });

        Assert.True(sut.Decide(Ar(labels: ["SalesOpsAR::N/A"], notes: 0), Hints(EventAction.Open)).IsEmpty);
        // The default opt-out is then a label like any other person's own: respected too, and said so.
        Assert.Equal("SalesOpsAR::Not Needed", sut.Decide(Ar(labels: ["SalesOpsAR::Not Needed"], notes: 0), Hints(EventAction.Open)).Respected);
    }

    [Fact]
    public void Decide_ApprovalLabelsAreConfigurable()
    {
        var sut = new ArRules(Ars.Settings with { HoldLabels = [new("Legal::Pending", "waiting for Legal", "Legal::Cleared")] });

        var held = sut.Decide(Ar(labels: [InProgress, "Legal::Pending"], assignees: ["jdoe"]), Hints(added: ["Legal::Pending"]), Ccd());
        var released = sut.Decide(Ar(labels: [OnHold, "Legal::Pending", "Legal::Cleared"], assignees: ["jdoe"]), Hints(added: ["Legal::Cleared"]), Ccd());
        var defaultIgnored = sut.Decide(Ar(labels: [InProgress, NeedsApproval], assignees: ["jdoe"]), Hints(added: [NeedsApproval]), Ccd());

        Assert.Equal([OnHold], held.AddLabels);
        Assert.Contains("waiting for Legal", held.Reasons[0], StringComparison.Ordinal);
        Assert.Equal([InProgress], released.AddLabels);
        Assert.True(defaultIgnored.IsEmpty);
    }

    [Theory]
    [InlineData(ManualSfdcDescription, new string[0], true)]
    [InlineData(TemplateDescription, new string[0], true)]
    [InlineData(ChorusSubsection, new string[0], true)]
    [InlineData(BoldHeadings, new string[0], true)]
    [InlineData(ColonHeading, new string[0], true)]
    [InlineData("### Sales Ops\nNothing to do yet.", new string[0], true)]
    [InlineData(NonSalesDescription, new string[0], false)]
    [InlineData(ProseOnly, new string[0], false)]
    [InlineData(OnlyItTasks, new string[0], false)]
    [InlineData(NonSalesDescription, new[] { "SaelsOpsAR::On Hold" }, true)]
    [InlineData(NonSalesDescription, new[] { "SalesOpsAR::Whatever" }, true)]
    [InlineData(NonSalesDescription, new[] { "SalesOPS: Waiting on SFDC License" }, true)]
    [InlineData(NonSalesDescription, new[] { "AR-Approval::Needs Manager Approval" }, false)]
    [InlineData("Please clarify the Clarity dashboard access", new string[0], false)]
    public void IsSalesOpsAr_LabelsAndDescription_Classifies(string description, string[] labels, bool expected) =>
        Assert.Equal(expected, CreateSut().IsSalesOpsAr(labels, description));

    [Theory]
    [InlineData("SalesOpsAR::Not Needed", true)]
    [InlineData("salesopsar::not  needed", true)]
    [InlineData("SalesOpsAR::In Progress", false)]
    public void IsOffTheWorkflow_TheOptOutLabelInAnySpelling(string label, bool expected) =>
        Assert.Equal(expected, CreateSut().IsOffTheWorkflow([label]));

    private static ArRules CreateSut() => new(Ars.Settings);
}
