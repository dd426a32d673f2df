using SalesOpsAr.Workflow.Assisting;

namespace SalesOpsAr.Workflow.Tests.Assisting;

/// <summary>The address to paste is the address people see: invisible characters inside it are not part of it.</summary>
public sealed class EmailsInvisibleTests
{
    [Theory]
    [InlineData("jane\u200B.doe@example.com", "jane.doe@example.com")]          // zero-width space
    [InlineData("jane.do\u00ADe@example.com", "jane.doe@example.com")]           // soft hyphen
    [InlineData("jane.doe@exam\u200Dple.com", "jane.doe@example.com")]           // zero-width joiner in the domain
    [InlineData("\u202Ejane.doe@example.com\u202C", "jane.doe@example.com")]     // a right-to-left override around it
    [InlineData("jane.doe@example.com\u2060", "jane.doe@example.com")]           // word joiner after it
    public void AnAddressWithInvisibleCharacters_IsReadAsItIsSeen(string text, string seen) =>
        Assert.Equal([seen], Emails.In(text));

    [Fact]
    public void AddressesWithADotBeforeTheAt_AreFound_WhereTheyStand()
    {
        const string line = "Jane Doe aa.@e.co, John Roe bb.@e.co";

        var found = Emails.Find(line).ToList();

        Assert.Equal(["aa@e.co", "bb@e.co"], found.Select(f => f.Address));
        Assert.Equal("aa.@e.co", line[found[0].Start..found[0].End]);
        Assert.Equal("bb.@e.co", line[found[1].Start..found[1].End]);
    }

    [Fact]
    public void PeopleNamedBeforeSuchAddresses_KeepTheirNames()
    {
        var request = new ArRequestReader(Reconciling.Ars.Settings).Read("- Jane Doe aa.@e.co\n- John Roe bb.@e.co\n\n* [ ] Chorus: seat", null);

        Assert.Equal(["Jane Doe", "John Roe"], request.People.Select(p => p.Name));
        Assert.Equal(["aa@e.co", "bb@e.co"], request.People.Select(p => p.Email));
    }
}
