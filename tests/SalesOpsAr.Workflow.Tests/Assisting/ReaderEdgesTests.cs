using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Tests.Reconciling;

namespace SalesOpsAr.Workflow.Tests.Assisting;

/// <summary>The AR reader where templates vary: tables without a header, separator rows, values outside any section.</summary>
public sealed class ReaderEdgesTests
{
    private static readonly ArRequestReader Reader = new(Ars.Settings);

    [Fact]
    public void ATableWhoseFirstRowHoldsAddresses_IsNoHeader_ItsRowsNamePeopleByAddress()
    {
        var request = Reader.Read("| Jane Doe | jane@example.com | Name |\n| John Roe | john@example.com | x |", null);

        Assert.Equal(["jane@example.com", "john@example.com"], request.People.Select(p => p.Email));
    }

    [Fact]
    public void ATableWithNoPersonColumn_IsNoPeopleTable()
    {
        var request = Reader.Read("| System | Access |\n|---|---|\n| Chorus | Recorder |", null);

        Assert.Empty(request.People);
    }

    [Fact]
    public void TheSeparatorRow_IsNoPerson_AnyAlignment()
    {
        var request = Reader.Read("| Name | Email |\n|:---|---:|\n| Jane | jane@example.com |\n| | |", null);

        Assert.Equal(["Jane"], request.People.Select(p => p.Name));
    }

    [Fact]
    public void ARowWithEmptyCells_StillGivesWhatItHas()
    {
        var request = Reader.Read("| Name | Email | Title |\n|---|---|---|\n| Jane | | AE |", null);

        Assert.Equal(new Person { Name = "Jane", Role = "AE" }, Assert.Single(request.People));
    }

    [Fact]
    public void AValueOutsideAnySection_IsTheArsForEverySystem_TheFirstOneKept()
    {
        var request = Reader.Read("License Type: Full\nLicense Type: Basic\n\n* [ ] Chorus: seat", null);

        Assert.Equal(new RunbookValue("Full", RunbookValueSource.Ar), request.ValueFor("Chorus", "License Type"));
        Assert.Equal(new RunbookValue("Full", RunbookValueSource.Ar), request.ValueFor("DataFox", "License Type"));
    }

    [Fact]
    public void ATasksText_IsNoValue()
    {
        var request = Reader.Read("* [ ] License Type: Full\n* [ ] Chorus: seat", null);

        Assert.True(request.ValueFor("Chorus", "License Type").IsMissing);
    }

    [Fact]
    public void AHeadingLine_IsNoValueAndNoPerson()
    {
        var request = Reader.Read("#### Name: Jane Doe\nChorus:\nRole: Recorder", null);

        Assert.Empty(request.People);
        Assert.Equal("Recorder", request.ValueFor("Chorus", "Role").Value);
    }

    [Fact]
    public void NoDescription_NamesNobodyAndAsksNothing()
    {
        var request = Reader.Read(null, null);

        Assert.Empty(request.People);
        Assert.Empty(request.Systems);
        Assert.Empty(request.Unreadable);
    }
}
