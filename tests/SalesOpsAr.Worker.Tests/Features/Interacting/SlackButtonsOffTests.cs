using System.Net;
using SalesOpsAr.Worker.Tests.Infrastructure;
using static SalesOpsAr.Simulation.Ars;

namespace SalesOpsAr.Worker.Tests.Features.Interacting;

/// <summary>Without a signing secret (#25): the endpoint is not there and the messages carry no buttons.</summary>
public sealed class SlackButtonsOffTests : SweepFixture
{
    [Fact]
    public async Task NoSigningSecret_NoEndpoint_AndNoButtons()
    {
        Ar(101, ActionNeeded, Wednesday.AddDays(-2).AddHours(-1));
        using var http = new HttpClient { BaseAddress = Host.BaseAddress };
        using var click = Slack.Click(new Uri(Host.BaseAddress, "/slack/interactions"), "any-secret-0123456789abcdef", Clock.GetUtcNow(), "U0JDOE", "take", "4242#101");

        Assert.Equal(HttpStatusCode.NotFound, (await http.SendAsync(click)).StatusCode);
        await SweepAsync();

        Assert.Null(Assert.Single(Slack.Bodies)["blocks"]);
    }
}
