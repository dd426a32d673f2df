using SalesOpsAr.Workflow.Provisioning;

namespace SalesOpsAr.Workflow.Tests.Provisioning;

/// <summary>The one note per command (#24): every person's outcome in words, every value inert, its key in the marker.</summary>
public sealed class ProvisionNoteTests
{
    private static readonly ProvisionOutcome[] Outcomes =
    [
        new("Jane Doe", "jane@example.com", ProvisionOutcomeKind.Created, Link: new Uri("https://acme.my.salesforce.com/005000000000000001")),
        new("Omar Haddad", "omar@example.com", ProvisionOutcomeKind.AlreadyThere),
        new("Lee | Pipe", "lee@example.com", ProvisionOutcomeKind.Reactivated),
        new("Ana Lima", null, ProvisionOutcomeKind.NotPlanned, "no e-mail address in the AR"),
        new("Ben Ode", "ben@example.com", ProvisionOutcomeKind.NoSeat, "Salesforce has no free seat"),
        new("Cleo Park", "cleo@example.com", ProvisionOutcomeKind.Refused, "DUPLICATE_USERNAME: <b>taken</b> @all"),
        new("Dee Fox", "dee@example.com", ProvisionOutcomeKind.Failed, "Salesforce did not answer"),
    ];

    [Fact]
    public void EachPerson_HasARow_AndTheSummaryCountsThem()
    {
        var note = ProvisionNote.Render("Salesforce", "jdoe", Outcomes, "cmd-77-0");

        Assert.StartsWith("<!-- salesops-ar-bot provision key=cmd-77-0 -->\n**Salesforce users**, provisioned as `jdoe` asked: 1 created, 1 reactivated, 1 already there, 1 not ready, 1 refused, 1 without a seat, 1 failed.", note, StringComparison.Ordinal);
        Assert.Contains("| `Jane Doe` | `jane@example.com` | ✓ created ([open](https://acme.my.salesforce.com/005000000000000001)) |", note, StringComparison.Ordinal);
        Assert.Contains("| `Omar Haddad` | `omar@example.com` | ✓ already there |", note, StringComparison.Ordinal);
        Assert.Contains("| `Lee \\| Pipe` | `lee@example.com` | ✓ reactivated |", note, StringComparison.Ordinal);
        Assert.Contains("| `Ana Lima` | — | ✗ not ready: no e-mail address in the AR |", note, StringComparison.Ordinal);
        Assert.Contains("| `Dee Fox` | `dee@example.com` | ? failed: Salesforce did not answer |", note, StringComparison.Ordinal);
        Assert.Contains("say the command again, and the bot looks every account up first, so nothing is made twice", note, StringComparison.Ordinal);
    }

    [Fact]
    public void ASystemsWords_AreText_NeverHtmlOrAMention()
    {
        var note = ProvisionNote.Render("Salesforce", "jdoe", Outcomes, "k");

        Assert.Contains("✗ refused: DUPLICATE\\_USERNAME: \\<b\\>taken\\</b\\> @\u2060all", note, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", note, StringComparison.Ordinal);
    }

    [Fact]
    public void NobodyToProvision_IsSaid() =>
        Assert.Contains("asked: nobody to provision in the AR.", ProvisionNote.Render("DataFox", "jdoe", [], "k"), StringComparison.Ordinal);

    [Fact]
    public void AnAnswer_AndANote_AreFoundByTheirKey_AndNoOther()
    {
        var answer = ProvisionNote.Answer("Only the Sales Ops team can.", "cmd-5-1");
        var note = ProvisionNote.Render("Salesforce", "jdoe", Outcomes, "cmd-5-0");

        Assert.True(ProvisionNote.Answers(answer, "cmd-5-1"));
        Assert.True(ProvisionNote.Answers(note, "cmd-5-0"));
        Assert.False(ProvisionNote.Answers(note, "cmd-5-1"));
        Assert.False(ProvisionNote.Answers("cmd-5-0", "cmd-5-0"));
    }

    [Fact]
    public void AHostileKey_CannotEndTheMarker() =>
        Assert.StartsWith("<!-- salesops-ar-bot command key=cmd-1--close -->\n", ProvisionNote.Answer("x", "cmd-1 --> /close"), StringComparison.Ordinal);
}
