using SalesOpsAr.Salesforce.Api;

namespace SalesOpsAr.Salesforce.Tests;

/// <summary>One seat read that also asks for the profiles' licences, the users behind some addresses and the idle users: still one call.</summary>
public sealed class SeatQueryTests : IDisposable
{
    private readonly FakeSalesforce _salesforce = new();

    public void Dispose() => _salesforce.Dispose();

    [Fact]
    public async Task SeatsProfilesUsersAndIdleCounts_InOneCall()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        _salesforce.Clock = clock;
        var jane = _salesforce.AddUser("Jane Doe", lastLogin: new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var old = _salesforce.AddUser("Old Timer", lastLogin: new DateTimeOffset(2026, 1, 2, 9, 0, 0, TimeSpan.Zero));
        _salesforce.AddUser("Never In");
        var gone = _salesforce.AddUser("Gone Away");
        _salesforce.Deactivate(gone);
        await using var connection = new SalesforceConnection(_salesforce, clock: clock);

        var seats = await connection.Client.ReadSeatsAsync(
            new SalesforceSeatQuery { Emails = [jane.Email, gone.Email.ToUpperInvariant(), "nobody@acme.example", "o'hara\\x@acme.example"], IdleDays = 90 },
            CancellationToken.None);

        Assert.Equal(1, _salesforce.DataCalls);
        Assert.Contains(seats.Profiles, p => p.Name == "Sales Analyst" && p.UserLicense?.Name == "Salesforce Platform");
        Assert.Equal([(jane.Email, true), (gone.Email, false)], seats.Users.Select(u => (u.Email, u.IsActive)).OrderByDescending(u => u.IsActive));
        var idle = Assert.Single(seats.Idle);
        Assert.Equal(("Salesforce", 2), (idle.Licence, idle.Idle)); // Old Timer (11 months) and Never In; not the inactive one
        Assert.NotEqual(old.Id, jane.Id);
    }

    [Fact]
    public async Task TheLicencesAlone_AskNothingElse()
    {
        await using var connection = new SalesforceConnection(_salesforce);

        var seats = await connection.Client.ReadSeatsAsync(CancellationToken.None);

        Assert.NotEmpty(seats.UserLicenses);
        Assert.Empty(seats.Profiles);
        Assert.Empty(seats.Users);
        Assert.Empty(seats.Idle);
    }

    [Theory]
    [InlineData("jane@acme.example", "'jane@acme.example'")]
    [InlineData("o'hara@acme.example", @"'o\'hara@acme.example'")]
    [InlineData(@"back\slash@acme.example", @"'back\\slash@acme.example'")]
    [InlineData("x') OR Email != ('y", @"'x\') OR Email != (\'y'")]
    [InlineData("line\nfeed@acme.example", "'linefeed@acme.example'")]
    public void ALiteral_IsQuotedAndEscaped_SoNoAddressChangesTheQuery(string value, string literal) =>
        Assert.Equal(literal, Soql.Literal(value));

    [Fact]
    public async Task TheIdleList_IsOldestLoginFirst_AndLimited()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        _salesforce.Clock = clock;
        _salesforce.AddUser("Recent", lastLogin: new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        _salesforce.AddUser("Older", lastLogin: new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        _salesforce.AddUser("Oldest", lastLogin: new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
        _salesforce.AddUser("Never");
        await using var connection = new SalesforceConnection(_salesforce, clock: clock);

        var idle = await connection.Client.QueryAsync<SalesforceUser>(Soql.IdleUsers(90, 2), 2, CancellationToken.None);

        Assert.Equal(["Never", "Oldest"], idle.Records.Select(u => u.Name));
    }
}
