using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Features.Notifying;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Notifying;

/// <summary>Email against the real SMTP sink: what is delivered is counted, and only that.</summary>
public sealed class EmailChannelTests
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task AnItemNobodyCanBeMailed_IsNeverCountedAsSent_TheOthersAre()
    {
        var jdoe = $"jdoe-{_id}@example.com";
        var channel = Channel(team: [], people: new() { ["jdoe"] = jdoe });
        var reachable = Item("#1", new Audience { People = ["jdoe"] });
        var nobody = Item("#2", new Audience { People = ["ghost"] }); // no address of their own, no team inbox to fall back on

        var receipt = await channel.SendAsync(Notice([reachable, nobody]), CancellationToken.None);

        Assert.False(receipt.Complete);
        Assert.Equal([reachable], receipt.Delivered);
        var mail = Assert.Single(await MailDev.MailToAsync(jdoe));
        Assert.Contains("#1", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("#2", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANoticeWithNoAddressAtAll_SendsNothing_AndIsNotSent()
    {
        var channel = Channel(team: [], people: []);

        var receipt = await channel.SendAsync(Notice([Item("#3", new Audience { TeamInbox = true })]), CancellationToken.None);

        Assert.False(receipt.Complete);
        Assert.Empty(receipt.Delivered);
    }

    private static EmailChannel Channel(string[] team, Dictionary<string, string> people)
    {
        var (host, port) = MailDev.Smtp;
        var options = new NotificationOptions { Smtp = new SmtpOptions { Host = host, Port = port, UseTls = false, From = "salesops-ar-bot@example.com" } };
        foreach (var address in team)
        {
            options.Email.Team.Add(address);
        }

        foreach (var (user, address) in people)
        {
            options.Email.People[user] = address;
        }

        return new EmailChannel(Options.Create(options), NullLogger<EmailChannel>.Instance);
    }

    private static NoticeItem Item(string reference, Audience audience) =>
        new() { Group = "Stale", Reference = reference, Title = $"AR {reference}", Url = "https://gitlab.example.com/ar/-/issues/1", Text = "no activity", Audience = audience };

    private static Notice Notice(IReadOnlyList<NoticeItem> items) => new()
    {
        Kind = NoticeKind.Nudges,
        Subject = "Sales Ops ARs need attention",
        Items = items,
        Audience = new Audience { TeamChannel = true },
    };
}
