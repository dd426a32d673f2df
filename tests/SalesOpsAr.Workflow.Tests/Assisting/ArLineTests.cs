using SalesOpsAr.Workflow.Assisting;

namespace SalesOpsAr.Workflow.Tests.Assisting;

/// <summary>The line grammar of AR templates, line by line: headings, list items and tasks, <c>Key: value</c>, names.</summary>
public sealed class ArLineTests
{
    public static TheoryData<string, string?> Headings => new()
    {
        { "#### Chorus", "Chorus" },
        { "# ", "" },
        { "**Sales Ops to-do:**", "Sales Ops to-do" },
        { "**Sales Ops to-do**:", "Sales Ops to-do" },
        { "__Sales Ops__", "Sales Ops" },
        { "****", null }, // bold around nothing
        { "__", null },
        { "**a** and **b**", null }, // two bold runs: a line of text, not a heading
        { "__a__ and __b__", null },
        { "**Email:** jane@example.com", null },
        { "**Chorus** notes", null },
        { "Chorus:", "Chorus" },
        { "Sales Ops to-do:", "Sales Ops to-do" },
        { "- Chorus:", null },
        { "* Chorus:", null },
        { "Role: Recorder", null }, // a key with its value
        { "Note: see below:", null }, // a colon before the last
        { "A line of forty characters and more, end:", null }, // past the longest key
        { "Exactly thirty-nine characters long ok:", "Exactly thirty-nine characters long ok" },
        { "Just text", null },
    };

    [Theory]
    [MemberData(nameof(Headings))]
    public void HeadingText_Case(string line, string? heading) => Assert.Equal(heading, ArLine.HeadingText(line));

    public static TheoryData<string, string, bool> ListItems => new()
    {
        { "- [x] Chorus: seat", "Chorus: seat", true },
        { "* [ ] Chorus: seat", "Chorus: seat", true },
        { "+ [X] Chorus: seat", "Chorus: seat", true },
        { "- [y] Chorus", "[y] Chorus", false },
        { "- [x]", "", true },
        { "- [x", "[x", false },
        { "- (x) Chorus", "(x) Chorus", false },
        { "- x] Chorus", "x] Chorus", false },
        { "1. [x] Chorus", "Chorus", true },
        { "12) Jane Doe", "Jane Doe", false },
        { "1.Jane", "1.Jane", false },
        { "1.", "1.", false },
        { "2026 was a year", "2026 was a year", false },
        { "-Jane", "-Jane", false },
        { "-", "-", false },
        { "[x] Chorus", "Chorus", true },
        { "Plain text", "Plain text", false },
    };

    [Theory]
    [MemberData(nameof(ListItems))]
    public void ListItemBody_Case(string line, string body, bool task)
    {
        Assert.Equal(body, ArLine.ListItemBody(line, out var isTask));
        Assert.Equal(task, isTask);
    }

    public static TheoryData<string, string?, string?> KeyValues => new()
    {
        { "**Email:** jane@example.com", "Email", "jane@example.com" },
        { "__Team__: EMEA West", "Team", "EMEA West" },
        { "`Role`: AE", "Role", "AE" },
        { "License Type: **Full**", "License Type", "Full" },
        { "Job title (HR): AE", "Job title (HR)", "AE" },
        { "Start/end date: 1 Dec", "Start/end date", "1 Dec" },
        { "Pre-boarding: yes", "Pre-boarding", "yes" },
        { ": value", null, null },
        { "Key:", null, null },
        { "Key: **", null, null },
        { "See: https://example.com", "See", "https://example.com" },
        { "https://example.com/x", null, null }, // "https" and "//…": an address, not a pair
        { "One two three four five: x", null, null }, // more than four words: a sentence
        { "One two three four: x", "One two three four", "x" },
        { "Key!: value", null, null },
        { "Cost €: 5", null, null },
        { "Key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: v", "Key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "v" }, // the colon at 44: the longest key with its emphasis
        { "Key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: v", null, null },
    };

    [Theory]
    [MemberData(nameof(KeyValues))]
    public void KeyValue_Case(string body, string? key, string? value)
    {
        var pair = ArLine.KeyValue(body);

        Assert.Equal(key, pair?.Key);
        Assert.Equal(value, pair?.Value);
    }

    [Fact]
    public void AValue_IsCutAtTwoHundredCharacters()
    {
        Assert.Equal(new string('v', 200), ArLine.KeyValue("Note: " + new string('v', 200))!.Value.Value);
        Assert.Equal(new string('v', 200) + "…", ArLine.KeyValue("Note: " + new string('v', 201))!.Value.Value);
        Assert.Equal(new string('c', 200) + "…", Assert.Single(ArLine.Cells("| " + new string('c', 300) + " |", 1)));
    }

    public static TheoryData<string, bool> Names => new()
    {
        { "Jane Doe", true },
        { "Jane", true },
        { "Mary-Jane O'Neil Jr.", true },
        { "Jörg Müller", true },
        { "A B C D E", true },
        { "A B C D E F", false },
        { "", false },
        { "Jane 2nd", false },
        { "2Jane", false },
        { "-Jane", false },
        { "jane@example.com", false },
        { "Please provision", true }, // two words of letters: a name as far as a line can tell
        { "Jane_Doe", false },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void LooksLikeName_Case(string text, bool name) => Assert.Equal(name, ArLine.LooksLikeName(text));

    [Fact]
    public void AName_IsAtMostEightyCharacters()
    {
        Assert.True(ArLine.LooksLikeName(new string('a', 80)));
        Assert.False(ArLine.LooksLikeName(new string('a', 81)));
    }

    [Fact]
    public void Cells_TakeOnlyTheColumnsAHeaderNames_Unemphasized()
    {
        Assert.Equal(["Jane", "jane@example.com"], ArLine.Cells("| **Jane** | jane@example.com | extra | more |", 2));
        Assert.Equal(["a", "b|c"], ArLine.Cells("|a|b|c|", 2).Take(1).Append("b|c"));
    }
}
