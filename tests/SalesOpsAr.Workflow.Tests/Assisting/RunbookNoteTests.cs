using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Tests.Reconciling;

namespace SalesOpsAr.Workflow.Tests.Assisting;

/// <summary>The runbook note: a checklist per system, filled from the AR, asking for what is missing, with precedent.</summary>
public sealed class RunbookNoteTests
{
    private static readonly ArRequestReader Reader = new(Ars.Settings);

    private static readonly Precedent Past = new(12, "Old Hire, Chorus, Sales Development Rep", "https://gitlab.example.com/ar/-/issues/12",
        new Dictionary<string, string> { ["Chorus"] = "Role Listener, Team EMEA, License Type Recorder" });

    private static RunbookNoteInput Input(string description, params Runbook[] runbooks) => new()
    {
        Request = Reader.Read(description, null),
        Runbooks = runbooks,
        Requester = "requester",
        PrecedentRole = "Sales Development Rep",
        Precedents = [Past],
        ChangeKey = "abc123",
    };

    [Fact]
    public void TwoPeopleForChorusAndDataFox_GetBothChecklists_TheEmailsReadyToPaste_AndTheRole()
    {
        var note = RunbookNote.Render(Input(Runbooks.TwoPeopleChorusAndDataFox, Runbooks.Chorus, Runbooks.DataFox));

        Assert.Contains("for 2 people (Jane Doe, John Roe): Chorus · DataFox", note);
        Assert.Contains("#### Chorus\n- [ ] In Chorus' settings", note);
        Assert.Contains("#### DataFox\n", note);
        Assert.Contains("Add To List**: `jane.doe@example.com, john.roe@example.com`", note);
        Assert.Contains("Set Role `Sales Development Rep`, Team `EMEA`", note);
        Assert.Single(note.Split('\n'), l => l.Contains("(Role and Team from the people's job titles and teams in the AR: check)", StringComparison.Ordinal)); // said once, at the step's end
        Assert.Contains("Status `Member` (unless the AR says otherwise)", note);
    }

    [Fact]
    public void AnAddressThatCannotBeRead_IsListed_NotDroppedSilently()
    {
        const string description = """
            | Name | Email | Title |
            |---|---|---|
            | Jane Doe | jane.doe@example.com | Sales Development Rep |
            | Jörg Roe | jörg@exämple.de | Sales Development Rep |

            ### Sales Ops
            * [ ] Chorus: recorder seat
            """;

        var note = RunbookNote.Render(Input(description, Runbooks.Chorus));

        Assert.Contains("for 2 people (Jane Doe, Jörg Roe)", note, StringComparison.Ordinal);
        Assert.Contains("Add To List**: `jane.doe@example.com`", note, StringComparison.Ordinal); // the one that can be pasted
        Assert.Contains("**Not read as e-mail addresses**, so in no line to paste (check them in the AR): `jörg@exämple.de`\n", note, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingValue_IsAskedOfTheRequesterByMention()
    {
        var input = Input(Runbooks.TwoPeopleChorusAndDataFox, Runbooks.Chorus);

        var note = RunbookNote.Render(input);

        Assert.Contains("License Type **(no License Type in the AR: asked below)**", note);
        Assert.Contains("**Missing details:** @requester, please add to the AR: Chorus License Type.", note);
        Assert.True(RunbookNote.Asked(note));
        Assert.Equal([new RunbookGap("Chorus", "License Type")], RunbookNote.Gaps(input.Request, input.Runbooks));
    }

    [Fact]
    public void AskedBefore_TheNoteSaysWhatIsMissing_WithoutMentioningAgain()
    {
        var note = RunbookNote.Render(Input(Runbooks.TwoPeopleChorusAndDataFox, Runbooks.Chorus) with { AskedBefore = true });

        Assert.Contains("**Missing details:** the AR does not give Chorus License Type.", note);
        Assert.DoesNotContain("@requester", note);
        Assert.False(RunbookNote.Asked(note));
    }

    [Fact]
    public void NothingMissing_AsksNothing()
    {
        var note = RunbookNote.Render(Input(Runbooks.TwoPeopleChorusAndDataFox + "\nChorus License Type: Recorder\n", Runbooks.Chorus));

        Assert.Contains("License Type `Recorder`.", note);
        Assert.DoesNotContain("Missing details", note);
        Assert.DoesNotContain("@requester", note);
    }

    [Fact]
    public void NoAddresses_IsAMissingDetailToo()
    {
        var note = RunbookNote.Render(Input("* [ ] DataFox: invite", Runbooks.DataFox));

        Assert.Contains("please add to the AR: the e-mail addresses of the people to invite.", note);
    }

    [Fact]
    public void SimilarPastArs_AreLinkedWithWhatTheyWereGiven()
    {
        var note = RunbookNote.Render(Input(Runbooks.TwoPeopleChorusAndDataFox, Runbooks.Chorus));

        Assert.Contains("**Similar past ARs** for `Sales Development Rep`:\n- [#12](https://gitlab.example.com/ar/-/issues/12) Old Hire, Chorus, Sales Development Rep — Chorus: `Role Listener, Team EMEA, License Type Recorder`", note);
    }

    [Fact]
    public void ASystemWithoutSteps_SaysSo_AndShowsWhatTheArAsks()
    {
        var note = RunbookNote.Render(Input("* [ ] Clari: forecast user", Runbooks.Clari));

        Assert.Contains("#### Clari\n_No steps yet", note);
        Assert.Contains("The AR asks: `Clari: forecast user`", note);
    }

    [Fact]
    public void TheMarker_FindsTheNoteAgain_WithItsKey()
    {
        var note = RunbookNote.Render(Input(Runbooks.TwoPeopleChorusAndDataFox, Runbooks.Chorus));

        Assert.True(RunbookNote.IsRunbook(note));
        Assert.EndsWith("<!-- salesops-ar-bot runbook key=abc123 asked=Chorus/License_Type -->", note);
        Assert.False(RunbookNote.IsRunbook("**Sales Ops AR bot:** Moved to In Progress.\n\n<!-- salesops-ar-bot reconcile to=InProgress -->"));
    }

    [Fact]
    public void TextFromTheAr_CannotActInTheNote()
    {
        var hostile = """
            | Name | Email | Title |
            |---|---|---|
            | @all | x@example.com | /close |

            #### Chorus
            License Type: `/label ~x` @channel
            * [ ] Chorus: seat
            """;

        var note = RunbookNote.Render(Input(hostile, Runbooks.Chorus) with { Requester = "x y" });

        Assert.DoesNotContain("@all", note.Replace("@\u2060all", "", StringComparison.Ordinal));
        Assert.All(note.Split('\n'), line => Assert.False(line.TrimStart().StartsWith('/'), line));
        Assert.Contains("`` `/label ~x` @channel ``", note); // as code: inert
        Assert.DoesNotContain("@x y", note); // not a username: nobody is mentioned
    }

    [Fact]
    public void APrecedentsTitle_IsQuotedAsText()
    {
        var note = RunbookNote.Render(Input(Runbooks.TwoPeopleChorusAndDataFox, Runbooks.Chorus) with
        {
            Precedents = [Past with { Title = "@all [Re-authenticate](https://evil.example/login) <img src=x> /close" }],
        });

        var line = Assert.Single(note.Split('\n'), l => l.Contains("#12", StringComparison.Ordinal));
        Assert.DoesNotContain("@all", line.Replace("@\u2060all", "", StringComparison.Ordinal));
        Assert.DoesNotContain("](https://evil", line, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", line.Replace("\\<", "", StringComparison.Ordinal), StringComparison.Ordinal); // only as \<img: text
        Assert.DoesNotContain("https://evil", line, StringComparison.Ordinal); // not even as a bare address GitLab would link
    }

    [Fact]
    public void ALinkThatIsNotAWebAddress_IsNotLinked()
    {
        var note = RunbookNote.Render(Input(Runbooks.TwoPeopleChorusAndDataFox, Runbooks.Chorus) with
        {
            Precedents = [Past with { WebUrl = "javascript:alert(1)" }],
        });

        Assert.Contains("- #12 Old Hire", note);
        Assert.DoesNotContain("javascript", note);
    }

    // What GitLab refused (1,000,000 characters or more), posted six times: the note must fit whatever the AR holds.
    public static TheoryData<string, string> Oversized => new()
    {
        { "205 addresses of 5,000 characters", "## People\n" + string.Concat(Enumerable.Range(0, 205).Select(i => $"- Person {i} {new string('a', 4_990)}{i}@example.com\n")) + "\n### Sales Ops\n* [ ] Chorus: seat" },
        { "50,000 tasks for a system with no steps yet", "### Sales Ops\n" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"* [ ] Clari {i}\n")) },
        { "a value of 900,000 characters", "### Sales Ops\n#### Chorus\nRole: " + new string('R', 900_000) + "\n* [ ] Chorus: seat" },
        { "names of 10,000 characters", "| Name | Email |\n|---|---|\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"| {new string('N', 10_000)} | p{i}@example.com |\n")) + "\n### Sales Ops\n* [ ] Chorus: seat" },
    };

    [Theory]
    [MemberData(nameof(Oversized))]
    public void WhateverTheArHolds_TheNoteFitsInGitLab_AndKeepsItsMarker(string what, string description)
    {
        var note = RunbookNote.Render(Input(description, Runbooks.Chorus, Runbooks.Clari));

        Assert.True(note.Length <= RunbookNote.MaxLength, $"{what}: {note.Length:N0} characters");
        Assert.True(RunbookNote.IsRunbook(note), what);
        Assert.Contains(PlanNote.KeyOf("abc123"), note, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyTasksForASystemWithNoSteps_TheFirstAreQuoted_TheRestCounted()
    {
        var description = "### Sales Ops\n" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"* [ ] Clari {i}\n")); // under GitLab's 1 MB

        var note = RunbookNote.Render(Input(description, Runbooks.Clari));

        Assert.True(note.Contains("and 49980 more in the AR", StringComparison.Ordinal), note[..Math.Min(note.Length, 3000)]);
        Assert.True(note.Length < 10_000, $"{note.Length:N0}");
    }
}
