using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Tests.Reconciling;

namespace SalesOpsAr.Workflow.Tests.Assisting;

/// <summary>What a past AR for the same role was given, per system.</summary>
public sealed class PrecedentTests
{
    private static readonly ArRequestReader Reader = new(Ars.Settings);

    [Fact]
    public void ThePastArsStatedValues_AreWhatItWasGiven()
    {
        var past = Reader.Read("""
            Name: Old Hire
            Title: Sales Development Rep
            Region: EMEA

            #### Chorus
            License Type: Recorder
            * [x] Chorus: seat
            * [x] DataFox: invite
            """, null);

        var precedent = Precedent.Of(12, "Old Hire", null, past, [Runbooks.Chorus, Runbooks.DataFox]);

        Assert.Equal("Role Sales Development Rep, Team EMEA, License Type Recorder", precedent.Given["Chorus"]);
        Assert.Equal("DataFox: invite", precedent.Given["DataFox"]); // no values stated: the task line
        Assert.True(Precedent.SameRole(past, " sales development rep "));
        Assert.False(Precedent.SameRole(past, "Account Executive"));
    }

    [Fact]
    public void ASystemThePastArDoesNotMention_IsLeftOut() =>
        Assert.Empty(Precedent.Of(3, "x", null, Reader.Read("* [x] SFDC: profile", null), [Runbooks.Chorus]).Given);
}
