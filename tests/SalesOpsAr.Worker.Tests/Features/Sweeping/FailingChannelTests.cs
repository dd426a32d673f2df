using SalesOpsAr.Worker.Tests.Infrastructure;
using static SalesOpsAr.Simulation.Ars;

namespace SalesOpsAr.Worker.Tests.Features.Sweeping;

/// <summary>A channel that fails is retried at the next sweep and never holds up the others.</summary>
public sealed class FailingChannelTests : SweepFixture
{
    private static readonly DateTimeOffset Monday = Wednesday.AddDays(-2).AddHours(-1);

    [Fact]
    public async Task SlackDown_EmailStillGoes_AndSlackAloneIsRetriedNextSweep()
    {
        var ar = Ar(101, ActionNeeded, Monday);
        Slack.Answer(500);

        var first = await SweepAsync();

        Assert.Equal(["slack"], first.FailedChannels);
        Assert.Single(await MailDev.MailToAsync(TeamAddress));
        Assert.Contains("pending=slack", Assert.Single(ar.BotNotes()).Body, StringComparison.Ordinal);

        Slack.Answer(200);
        Clock.Advance(TimeSpan.FromMinutes(15));
        var second = await SweepAsync();

        Assert.Empty(second.FailedChannels);
        Assert.Equal(2, Slack.Messages.Count);
        Assert.Contains("#101", Slack.Messages[1], StringComparison.Ordinal);
        Assert.Single(await MailDev.MailToAsync(TeamAddress));
        var note = Assert.Single(ar.BotNotes());
        Assert.DoesNotContain("pending=", note.Body, StringComparison.Ordinal);
    }
}

/// <summary>The SMTP server down: Slack and the notes still go; email waits in the marker and goes at the first sweep after it is back.</summary>
public sealed class SmtpDownTests : SweepFixture, IDisposable
{
    private readonly SmtpRelay _smtp = new() { Up = false };

    public void Dispose() => _smtp.Dispose();

    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["Notifications:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }

    [Fact]
    public async Task SmtpDown_SlackAndNoteStillGo_EmailIsSentAtTheFirstSweepAfterItIsBack()
    {
        var ar = Ar(101, ActionNeeded, Wednesday.AddDays(-2).AddHours(-1));

        var down = await SweepAsync();

        Assert.Equal(["email"], down.FailedChannels);
        Assert.Single(Slack.Messages);
        Assert.Contains("pending=email", Assert.Single(ar.BotNotes()).Body, StringComparison.Ordinal);
        Assert.Empty(await MailDev.MailToAsync(TeamAddress));

        _smtp.Up = true;
        Clock.Advance(TimeSpan.FromMinutes(15));
        var back = await SweepAsync();

        Assert.Empty(back.FailedChannels);
        Assert.Contains("#101", Assert.Single(await MailDev.MailToAsync(TeamAddress)).Text, StringComparison.Ordinal);
        Assert.Single(Slack.Messages); // Slack had it already: not sent twice
        Assert.DoesNotContain("pending=", Assert.Single(ar.BotNotes()).Body, StringComparison.Ordinal);
    }
}
