using System.Text.Json;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Workflow.Absence;
using SalesOpsAr.Workflow.Calendar;

namespace SalesOpsAr.Worker.Tests.Features.Sweeping;

/// <summary>Out-of-office read from <c>GET /users/:id/status</c> bodies shaped as GitLab returns them.</summary>
public sealed class UserStatusPayloadTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("""{"emoji":"palm_tree","message":"OOO until Dec 2","message_html":"OOO until Dec 2","availability":"not_set","clear_status_at":"2026-12-02T00:00:00.000Z"}""", true, "2026-12-02T00:00:00Z")]
    [InlineData("""{"emoji":"speech_balloon","message":"Busy with Q4 close","message_html":"Busy with Q4 close","availability":"busy","clear_status_at":null}""", false, null)] // busy at work: the documented choice
    [InlineData("""{"emoji":null,"message":null,"message_html":"","availability":"not_set","clear_status_at":null}""", false, null)]
    [InlineData("""{"emoji":"coffee","message":"Back at 2","message_html":"Back at 2","availability":"not_set","clear_status_at":"2026-11-25T14:00:00.000Z"}""", false, null)]
    [InlineData("""{"emoji":"palm_tree","message":"Vacation","availability":"not_set","clear_status_at":"2026-11-20T00:00:00.000Z"}""", false, null)]
    public void Status_AsGitLabSendsIt_ReadsOutOfOffice(string json, bool isOut, string? until)
    {
        var status = JsonSerializer.Deserialize<GitLabUserStatus>(json, GitLabJson.Options)!;

        var ooo = OutOfOfficeReader.Read(
            new UserStatusFacts("amber", "Amber", status.Availability, status.Message, status.Emoji, status.ClearStatusAt), [], Now, BusinessCalendar.Default);

        Assert.Equal(isOut, ooo.IsOut);
        Assert.Equal(until is null ? null : DateTimeOffset.Parse(until, System.Globalization.CultureInfo.InvariantCulture), ooo.Until);
    }
}
