using System.Text;
using SalesOpsAr.GitLab.Webhooks;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.GitLab.Tests.Webhooks;

/// <summary>Any body GitLab or a stranger sends ends as an event, "ignored" or "malformed": never an exception.</summary>
public sealed class WebhookPayloadReaderTests
{
    private const string Issue = """
        {"object_kind": "issue", "user": {"username": "jdoe"}, "project": {"id": 42},
         "object_attributes": {"iid": 7, "title": "Jane, SFDC", "description": "- [ ] SFDC", "state": "opened", "action": "update", "url": "https://gitlab.example.com/ar/-/issues/7"},
         "labels": [{"title": "SalesOpsAR::In Progress"}, {"title": "ReadyForProvisioning"}],
         "assignees": [{"username": "jdoe"}, {"name": "no username"}],
         "changes": {"labels": {"previous": [{"title": "SalesOpsAR::Action Needed"}, {"title": "ReadyForProvisioning"}], "current": [{"title": "SalesOpsAR::In Progress"}, {"title": "ReadyForProvisioning"}]}}}
        """;

    [Fact]
    public void IssueHook_ReadsTheFieldsTheWorkerNeeds()
    {
        var e = Read(Issue, "Confidential Issue Hook").Event!;

        Assert.Equal(("issue", 42L, 7L, "jdoe", EventAction.Update, true), (e.Kind, e.ProjectId, e.Iid, e.Username, e.Action, e.IsOpen));
        Assert.Equal(["SalesOpsAR::In Progress", "ReadyForProvisioning"], e.Labels);
        Assert.Equal(["SalesOpsAR::In Progress"], e.LabelsAdded);
        Assert.Equal(["SalesOpsAR::Action Needed"], e.LabelsRemoved);
        Assert.Equal(["jdoe"], e.Assignees);
        Assert.Equal(("Jane, SFDC", "- [ ] SFDC", "https://gitlab.example.com/ar/-/issues/7"), (e.Title, e.Description, e.Url));
    }

    [Theory]
    [InlineData("open", EventAction.Open)]
    [InlineData("close", EventAction.Close)]
    [InlineData("reopen", EventAction.Reopen)]
    [InlineData("update", EventAction.Update)]
    [InlineData("something new", EventAction.Update)]
    public void IssueHook_Action(string action, EventAction expected) =>
        Assert.Equal(expected, Read(Issue.Replace("\"update\"", $"\"{action}\"", StringComparison.Ordinal), "Issue Hook").Event!.Action);

    [Theory]
    [InlineData("\"2027-01-31\"", "2027-01-31")]
    [InlineData("null", null)]
    public void IssueHook_ReadsTheDueDate(string json, string? due) =>
        Assert.Equal(due, Read($$$"""{"object_kind": "issue", "project": {"id": 42}, "object_attributes": {"iid": 7, "due_date": {{{json}}}}}""", "Issue Hook").Event!.DueDate);

    [Fact]
    public void IssueHook_WithoutAssignees_NobodyIsAssigned() =>
        Assert.Empty(Read("""{"object_kind": "issue", "project": {"id": 42}, "object_attributes": {"iid": 7, "state": "closed"}}""", "Issue Hook").Event!.Assignees);

    [Fact]
    public void IssueHook_WithoutTopLevelLabels_TakesThemFromTheAttributes()
    {
        var e = Read("""{"object_kind": "issue", "project": {"id": 42}, "object_attributes": {"iid": 7, "labels": [{"title": "A"}, "B", 3, {"no": "title"}, {"title": " "}]}}""", "Issue Hook").Event!;

        Assert.Equal(["A", "B"], e.Labels);
        Assert.Equal(("", true), (e.Title, e.IsOpen));
    }

    [Fact]
    public void IssueHook_LabelsAddedFromAnEmptyPrevious_AreAllNew()
    {
        var e = Read("""{"object_kind": "issue", "project": {"id": 42}, "object_attributes": {"iid": 7}, "labels": [{"title": "A"}], "changes": {"labels": {"current": [{"title": "A"}]}}}""", "Issue Hook").Event!;

        Assert.Equal(["A"], e.LabelsAdded);
    }

    [Fact]
    public void IssueHook_TheLabelsNowAreTheTopLevelOnes_ChangesLabelsIsHistory()
    {
        // changes.labels.current says what the labels were after that change; a later edit may have moved on.
        var e = Read("""
            {"object_kind": "issue", "project": {"id": 42}, "object_attributes": {"iid": 7},
             "labels": [{"title": "SalesOpsAR::On Hold"}, {"title": "SalesOPS: Waiting on SFDC License"}],
             "changes": {"labels": {"previous": [{"title": "SalesOpsAR::Action Needed"}], "current": [{"title": "SalesOpsAR::In Progress"}]}}}
            """, "Issue Hook").Event!;

        Assert.Equal(["SalesOpsAR::On Hold", "SalesOPS: Waiting on SFDC License"], e.Labels);
        Assert.Equal(["SalesOpsAR::Action Needed"], e.PreviousLabels);
    }

    [Fact]
    public void IssueHook_NoLabelsButInChanges_TakesChangesCurrent() =>
        Assert.Equal(["A"], Read("""{"object_kind": "issue", "project": {"id": 42}, "object_attributes": {"iid": 7}, "changes": {"labels": {"previous": [], "current": [{"title": "A"}]}}}""", "Issue Hook").Event!.Labels);

    [Fact]
    public void IssueHook_Closed_IsNotOpen() =>
        Assert.False(Read("""{"object_kind": "issue", "project": {"id": 42}, "object_attributes": {"iid": 7, "state": "closed"}}""", null).Event!.IsOpen);

    [Fact]
    public void NoteHook_OnAClosedIssue_IsNotOpen_AndCarriesItsText()
    {
        var e = Read("""
            {"object_kind": "note", "project": {"id": 42},
             "object_attributes": {"noteable_type": "Issue"},
             "issue": {"iid": 9, "title": "T", "description": "D", "url": "U", "state": "closed", "labels": null}}
            """, null).Event!;

        Assert.Equal((false, "T", "D", "U"), (e.IsOpen, e.Title, e.Description, e.Url));
        Assert.Empty(e.Labels);
    }

    [Fact]
    public void Reasons_AreClippedTo80Characters()
    {
        var read = Read($$"""{"object_kind": "{{new string('x', 200)}}"}""", "Issue Hook");

        Assert.Equal($"object_kind '{new string('x', 80)}' is not an issue or a note", read.Reason);
    }

    [Fact]
    public void NotJson_SaysTheParsersFirstSentenceOnly()
    {
        var read = Read("{\"object_kind\": \"issue\"", "Issue Hook");

        Assert.StartsWith("body is not valid JSON (", read.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(". ", read.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NoteHook_TakesTheIssueFromItsSiblingObject()
    {
        var e = Read("""
            {"object_kind": "note", "user": {"username": "ksmith"}, "project_id": 42,
             "object_attributes": {"noteable_type": "Issue", "note": "any update?"},
             "issue": {"iid": 9, "title": "AR", "state": "opened", "labels": [{"title": "SalesOpsAR::On Hold"}]}}
            """, "Note Hook").Event!;

        Assert.Equal(("note", 42L, 9L, EventAction.Note), (e.Kind, e.ProjectId, e.Iid, e.Action));
        Assert.Equal(["SalesOpsAR::On Hold"], e.Labels);
        Assert.Empty(e.LabelsAdded);
    }

    public static TheoryData<string, string?, string> Ignored => new()
    {
        { """{"object_kind": "merge_request"}""", "Merge Request Hook", "event 'Merge Request Hook' is not handled" },
        { """{"object_kind": "work_item", "object_attributes": {"iid": 1}}""", "Issue Hook", "object_kind 'work_item' is not an issue or a note" },
        { """{"object_kind": "note", "object_attributes": {"noteable_type": "MergeRequest"}}""", "Note Hook", "note is not on an issue" },
    };

    [Theory]
    [MemberData(nameof(Ignored))]
    public void OtherEvents_AreIgnoredWithAReason(string body, string? header, string reason)
    {
        var read = Read(body, header);

        Assert.Equal((WebhookReadOutcome.Ignored, reason), (read.Outcome, read.Reason));
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { "{\"object_kind\": \"issue\"", "body is not valid JSON" },
        { "[1, 2]", "body must be a JSON object, not array" },
        { "\"text\"", "body must be a JSON object, not string" },
        { """{"object_kind": "issue"}""", "issue event without object_attributes" },
        { """{"object_kind": "issue", "object_attributes": {"iid": "7"}}""", "object_attributes.iid must be a positive integer" },
        { """{"object_kind": "issue", "object_attributes": {"iid": -7}}""", "object_attributes.iid must be a positive integer" },
        { """{"object_kind": "issue", "object_attributes": {"iid": 7}, "project": {"id": 0}}""", "project.id must be a positive integer" },
        { """{"object_kind": "note", "object_attributes": {"noteable_type": "Issue"}}""", "note event without issue.iid as a positive integer" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void BrokenBodies_AreMalformedWithAReason(string body, string reason)
    {
        var read = Read(body, header: null);

        Assert.Equal(WebhookReadOutcome.Malformed, read.Outcome);
        Assert.StartsWith(reason, read.Reason, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> WrongKinds => new()
    {
        { "project is a number", """{"object_kind": "issue", "project": 42, "object_attributes": {"iid": 7, "project_id": 42}}""" },
        { "title is a number", """{"object_kind": "issue", "project": {"id": 42}, "object_attributes": {"iid": 7, "title": 5, "state": ["closed"]}}""" },
        { "labels is an object", """{"object_kind": "issue", "project": {"id": 42}, "object_attributes": {"iid": 7}, "labels": {"title": "x"}, "assignees": "jdoe"}""" },
        { "changes is a list", """{"object_kind": "issue", "project": {"id": 42}, "object_attributes": {"iid": 7}, "changes": [], "user": "jdoe"}""" },
    };

    [Theory]
    [MemberData(nameof(WrongKinds))]
    public void FieldsOfTheWrongKind_AreSkipped_NeverThrown(string why, string body)
    {
        var e = Read(body, "Issue Hook").Event;

        Assert.True(e is { ProjectId: 42, Iid: 7, Title: "", IsOpen: true }, why);
        Assert.Empty(e!.Labels);
        Assert.Empty(e.Assignees);
    }

    [Theory]
    [InlineData("Issue Hook")]
    [InlineData("Confidential Issue Hook")]
    [InlineData(null)]
    public void IssueBody_UnderEitherIssueHeader_IsRead(string? header) =>
        Assert.Equal(WebhookReadOutcome.Event, Read(Issue, header).Outcome);

    [Theory]
    [InlineData("Note Hook", WebhookReadOutcome.Event)]
    [InlineData("Confidential Note Hook", WebhookReadOutcome.Event)]
    [InlineData("Issue Hook", WebhookReadOutcome.Ignored)]
    [InlineData("Pipeline Hook", WebhookReadOutcome.Ignored)]
    public void NoteBody_UnderEachHeader(string header, WebhookReadOutcome expected) =>
        Assert.Equal(expected, Read("""{"object_kind": "note", "project_id": 42, "object_attributes": {"noteable_type": "Issue"}, "issue": {"iid": 9}}""", header).Outcome);

    [Fact]
    public void UnknownEventWithoutHeader_IsNamedByItsKind() =>
        Assert.Equal("event 'pipeline' is not handled", Read("""{"object_kind": "pipeline"}""", null).Reason);

    [Fact]
    public void InvalidUtf8_IsMalformed() =>
        Assert.Equal(WebhookReadOutcome.Malformed, WebhookPayloadReader.Read(new byte[] { 0x7B, 0xC3, 0x28, 0x7D }, "Issue Hook").Outcome);

    [Fact]
    public void DeepNesting_IsMalformed() =>
        Assert.Equal(WebhookReadOutcome.Malformed, Read(string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100), "Issue Hook").Outcome);

    private static WebhookReadResult Read(string body, string? header) => WebhookPayloadReader.Read(Encoding.UTF8.GetBytes(body), header);
}
