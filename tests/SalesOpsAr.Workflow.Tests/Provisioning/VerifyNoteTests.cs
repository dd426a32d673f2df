using SalesOpsAr.Workflow.Provisioning;

namespace SalesOpsAr.Workflow.Tests.Provisioning;

/// <summary>The verification's table note (#24): a column per system, ✓ ✗ — ?, and its verdict in its marker for the reconciler.</summary>
public sealed class VerifyNoteTests
{
    private static readonly string[] Systems = ["Salesforce", "Chorus", "DataFox"];

    private static VerifyRow Row(string person, params (VerifyCheck, string?)[] checks) => new(person, checks);

    [Fact]
    public void EveryoneThere_IsComplete_AndSaysSo()
    {
        var rows = new[] { Row("Jane Doe", (VerifyCheck.Present, null), (VerifyCheck.NotConnected, null), (VerifyCheck.Present, null)) };

        var note = VerifyNote.Render(Systems, rows, "cmd-1-0", beforeCompletion: false, by: "jdoe");

        Assert.StartsWith("<!-- salesops-ar-bot verify key=cmd-1-0 complete -->\n**Verified** as `jdoe` asked", note, StringComparison.Ordinal);
        Assert.Contains("| Person | Salesforce | Chorus | DataFox |\n|---|---|---|---|\n| `Jane Doe` | ✓ | — | ✓ |", note, StringComparison.Ordinal);
        Assert.False(VerifyNote.MissingIn(note));
    }

    [Fact]
    public void AMissingAccount_WithholdsCompletion_AndSaysWhatAPersonCanDo()
    {
        var rows = new[]
        {
            Row("Jane Doe", (VerifyCheck.Present, null), (VerifyCheck.NotConnected, null), (VerifyCheck.Missing, "no user")),
            Row("Omar Haddad", (VerifyCheck.Missing, "profile 'SDR', not 'Account Executive'"), (VerifyCheck.NotConnected, null), (VerifyCheck.Unknown, "DataFox could not be read")),
        };

        var note = VerifyNote.Render(Systems, rows, "auto-7", beforeCompletion: true);

        Assert.StartsWith("<!-- salesops-ar-bot verify key=auto-7 missing -->\n**Verified** before completing, since every Sales Ops task is ticked", note, StringComparison.Ordinal);
        Assert.Contains("| `Omar Haddad` | ✗ profile 'SDR', not 'Account Executive' | — | ? DataFox could not be read |", note, StringComparison.Ordinal);
        Assert.Contains("the bot does **not** mark this AR Completed", note, StringComparison.Ordinal);
        Assert.True(VerifyNote.MissingIn(note));
    }

    [Fact]
    public void NotReadable_IsNotMissing() =>
        Assert.False(VerifyNote.IsMissing([Row("Jane", (VerifyCheck.Unknown, "down"), (VerifyCheck.NotConnected, null))]));

    [Theory]
    [InlineData("<!-- salesops-ar-bot provision key=x -->")]
    [InlineData("verify missing -->")]
    [InlineData("A person writes <!-- salesops-ar-bot verify key=x missing -->")]
    [InlineData(null)]
    public void OtherNotes_HoldNoVerdict(string? body) => Assert.Null(VerifyNote.MissingIn(body));
}
