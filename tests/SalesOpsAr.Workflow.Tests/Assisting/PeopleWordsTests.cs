using SalesOpsAr.Workflow.Assisting;

namespace SalesOpsAr.Workflow.Tests.Assisting;

/// <summary>Which words name a person's fields, how two readings of a person merge, and which characters are invisible in an address.</summary>
public sealed class PeopleWordsTests
{
    [Theory]
    [InlineData("name", "name")]
    [InlineData("Full Name", "name")]
    [InlineData("**New hire:**", "name")]
    [InlineData("New team member", "name")]
    [InlineData("Employee", "name")]
    [InlineData("User", "name")]
    [InlineData("Team member", "name")]
    [InlineData("Email", "email")]
    [InlineData("E-mail", "email")]
    [InlineData("Email address", "email")]
    [InlineData("E-mail address", "email")]
    [InlineData("Work email", "email")]
    [InlineData("GitLab email", "email")]
    [InlineData("Title", "role")]
    [InlineData("Job title", "role")]
    [InlineData("Role", "role")]
    [InlineData("Job role", "role")]
    [InlineData("Position", "role")]
    [InlineData("Team", "team")]
    [InlineData("Sales team", "team")]
    [InlineData("Segment", "team")]
    [InlineData("Region", "region")]
    [InlineData("Territory", "region")]
    [InlineData("Geo", "region")]
    [InlineData("Manager", null)]
    [InlineData("", null)]
    public void PersonField_Word(string key, string? field) => Assert.Equal(field, ArRequestReader.PersonField(key));

    [Fact]
    public void Merge_KeepsItsOwnFields_AndFillsTheOthers()
    {
        var form = new Person { Name = "Ada", Role = "AE" };
        var listed = new Person { Name = "A. Lee", Email = "ada@example.com", Role = "SDR", Team = "West", Region = "EMEA" };

        Assert.Equal(new Person { Name = "Ada", Email = "ada@example.com", Role = "AE", Team = "West", Region = "EMEA" }, form.Merge(listed));
        Assert.Equal(listed, listed.Merge(form));
        Assert.Equal(new Person { Team = "East", Region = "APAC" }, new Person { Team = "East", Region = "APAC" }.Merge(new Person { Team = "West", Region = "EMEA" }));
    }

    [Theory]
    [InlineData(null, null, null, null, null, true)]
    [InlineData("Ada", null, null, null, null, false)]
    [InlineData(null, "a@b.co", null, null, null, false)]
    [InlineData(null, null, "AE", null, null, false)]
    [InlineData(null, null, null, "West", null, false)]
    [InlineData(null, null, null, null, "EMEA", false)]
    public void IsEmpty_OnlyWithNothingKnown(string? name, string? email, string? role, string? team, string? region, bool empty) =>
        Assert.Equal(empty, new Person { Name = name, Email = email, Role = role, Team = team, Region = region }.IsEmpty);

    [Theory]
    [InlineData('\u00AD', true)]
    [InlineData('\u180E', true)]
    [InlineData('\uFEFF', true)]
    [InlineData('\u200A', false)] // a hair space: seen as a space, it ends the address
    [InlineData('\u200B', true)]
    [InlineData('\u200F', true)]
    [InlineData('\u2010', false)]
    [InlineData('\u2029', false)]
    [InlineData('\u202A', true)]
    [InlineData('\u202E', true)]
    [InlineData('\u202F', false)]
    [InlineData('\u205F', false)]
    [InlineData('\u2060', true)]
    [InlineData('\u2064', true)]
    [InlineData('\u2065', false)]
    [InlineData('\u2066', true)]
    [InlineData('\u2069', true)]
    [InlineData('\u206A', false)]
    public void IsInvisible_Character(char c, bool invisible) => Assert.Equal(invisible, Emails.IsInvisible(c));

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public void ALocalPart_IsAtMostSixtyFourCharacters(int length, bool found) =>
        Assert.Equal(found, Emails.In(new string('a', length) + "@example.com").Any());

    [Theory]
    [InlineData(241, true)] // a local part of 12 and a domain of 241: 253 characters besides the @
    [InlineData(242, false)]
    public void AnAddress_IsUnderTwoHundredFiftyFourCharacters(int domainLabel, bool found) =>
        Assert.Equal(found, Emails.In("abcdefghijkl@" + new string('d', domainLabel - 4) + ".com").Any());

    [Theory]
    [InlineData("a@b.c.", "a@b.c")]
    [InlineData("a@b.c-", "a@b.c")]
    [InlineData("a@b.c\u200B.", "a@b.c")]
    [InlineData("a@.com", "")]
    [InlineData("a@b.", "")]
    [InlineData("a@b", "")]
    [InlineData("@b.com", "")]
    [InlineData("a@b.co a@b.co", "a@b.co|a@b.co")]
    [InlineData("x a@b.co y", "a@b.co")]
    [InlineData("@a@b.co", "a@b.co")]
    public void Found_AtTheEdges(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), Emails.In(text));

    [Theory]
    [InlineData("@jörg.de", "")] // nothing before the @: a mention's shape, not an address
    [InlineData("jörg@de", "")] // no dot after it
    [InlineData("jörg@.de", "")]
    [InlineData("**jörg@exämple.de**", "jörg@exämple.de")]
    [InlineData("(jörg@exämple.de)?", "jörg@exämple.de")]
    [InlineData("a jörg@exämple.de b", "jörg@exämple.de")]
    public void Unreadable_AtTheEdges(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), Emails.Unreadable(text));

    [Fact]
    public void AnUnreadableWordOfExactlyAHundredCharacters_IsWhole()
    {
        var word = "jörg@exämple.de" + new string('x', 85);

        Assert.Equal(word, Assert.Single(Emails.Unreadable(word)));
    }
}
