using System.Net;
using SalesOpsAr.Salesforce.Api;

namespace SalesOpsAr.Salesforce.Tests;

/// <summary>The Salesforce connection against the stateful fake: both sign-ins, one session reused, seats in one call, batches, the error shapes.</summary>
public sealed class SalesforceClientTests : IDisposable
{
    private readonly FakeSalesforce _salesforce = new();

    public void Dispose() => _salesforce.Dispose();

    [Theory]
    [InlineData(SalesforceFlow.JwtBearer)]
    [InlineData(SalesforceFlow.ClientCredentials)]
    public async Task EitherSignIn_ReadsTheSeats_InOneCall(SalesforceFlow flow)
    {
        await using var connection = new SalesforceConnection(_salesforce, flow);

        var seats = await connection.Client.ReadSeatsAsync(CancellationToken.None);

        var salesforce = Assert.Single(seats.UserLicenses, l => l.Name == "Salesforce");
        Assert.Equal((250, 248), (salesforce.TotalLicenses, salesforce.UsedLicenses));
        Assert.Equal((20, 20), Assert.Single(seats.PermissionSetLicenses).Let(l => (l.TotalLicenses, l.UsedLicenses)));
        Assert.Equal(1, _salesforce.DataCalls); // two queries, one composite: one call of the allowance
        Assert.Equal(1, _salesforce.SignIns);
    }

    [Fact]
    public async Task OneSession_ServesEveryCall_UntilItExpires_ThenOneFreshSignIn()
    {
        await using var connection = new SalesforceConnection(_salesforce);
        for (var i = 0; i < 5; i++)
        {
            await connection.Client.ReadSeatsAsync(CancellationToken.None);
        }

        _salesforce.ExpireSessions();
        await connection.Client.ReadSeatsAsync(CancellationToken.None);

        Assert.Equal(2, _salesforce.SignIns);
        Assert.Equal(7, _salesforce.DataCalls); // five, then the refused one and its retry with the fresh session
    }

    [Fact]
    public async Task ASessionRefusedRightAfterAFreshSignIn_FailsOnce_NoLoop()
    {
        await using var connection = new SalesforceConnection(_salesforce);
        await connection.Client.ReadSeatsAsync(CancellationToken.None);
        _salesforce.FailNext(401, 401);

        var refused = await Assert.ThrowsAsync<SalesforceException>(() => connection.Client.ReadSeatsAsync(CancellationToken.None));

        Assert.Equal(SalesforceFailure.SessionRefused, refused.Failure);
        Assert.Equal("INVALID_SESSION_ID", refused.ErrorCode);
        Assert.Equal(2, _salesforce.SignIns);
    }

    [Theory]
    [InlineData("Salesforce:Username", "someone.else@acme.example")]
    [InlineData("Salesforce:ClientId", "3MVG9another.app")]
    [InlineData("Salesforce:Audience", "https://test.salesforce.com")]
    public async Task AWrongJwt_IsRefused_InvalidGrant_AndSaysWhatToCheck(string key, string value)
    {
        await using var connection = new SalesforceConnection(_salesforce, configure: s => s[key] = value);

        var refused = await Assert.ThrowsAsync<SalesforceException>(() => connection.Client.ReadSeatsAsync(CancellationToken.None));

        Assert.Equal(SalesforceFailure.SignInRefused, refused.Failure);
        Assert.Equal("invalid_grant", refused.ErrorCode);
        Assert.Contains("check Salesforce__ClientId", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, _salesforce.DataCalls);
    }

    [Fact]
    public async Task AKeyThatIsNotTheApps_IsRefused()
    {
        using var other = new FakeSalesforce();
        await using var connection = new SalesforceConnection(_salesforce, configure: s => File.WriteAllText(s["Salesforce:KeyFile"]!, other.PrivateKeyPem));

        var refused = await Assert.ThrowsAsync<SalesforceException>(() => connection.Client.ReadSeatsAsync(CancellationToken.None));

        Assert.Equal("invalid_grant", refused.ErrorCode);
    }

    [Fact]
    public async Task AWrongClientSecret_IsRefused_AndNeverEchoed()
    {
        await using var connection = new SalesforceConnection(_salesforce, SalesforceFlow.ClientCredentials, s => s["Salesforce:ClientSecret"] = "not-the-secret-42");

        var refused = await Assert.ThrowsAsync<SalesforceException>(() => connection.Client.ReadSeatsAsync(CancellationToken.None));

        Assert.Equal(SalesforceFailure.SignInRefused, refused.Failure);
        Assert.Equal("invalid_client", refused.ErrorCode);
        Assert.DoesNotContain("not-the-secret-42", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiftyThousandUsers_AreReadInBatches_ToTheCallersBound()
    {
        for (var i = 0; i < 50_000; i++)
        {
            _salesforce.AddUser($"User {i}");
        }

        await using var connection = new SalesforceConnection(_salesforce);

        var all = await connection.Client.QueryAsync<SalesforceUser>("SELECT Id, Username, Name, LastLoginDate, Profile.UserLicense.Name FROM User WHERE IsActive = true", 60_000, CancellationToken.None);
        var calls = _salesforce.DataCalls;
        var some = await connection.Client.QueryAsync<SalesforceUser>("SELECT Id FROM User WHERE IsActive = true", 5_000, CancellationToken.None);

        Assert.Equal((50_000, 50_000, true), (all.Records.Count, all.TotalSize, all.Complete));
        Assert.Equal(25, calls); // 2,000 a batch
        Assert.Equal("Salesforce", all.Records[0].Profile?.UserLicense?.Name);
        Assert.Equal((5_000, false), (some.Records.Count, some.Complete));
        Assert.Equal(3, _salesforce.DataCalls - calls); // the third batch holds the 5,000th: read no further
    }

    [Fact]
    public async Task ServerErrors_AreRetried_ThenTheSeatsRead()
    {
        await using var connection = new SalesforceConnection(_salesforce);
        _salesforce.FailNext(503, 500);

        var seats = await connection.Client.ReadSeatsAsync(CancellationToken.None);

        Assert.NotEmpty(seats.UserLicenses);
        Assert.Equal(3, _salesforce.DataCalls);
    }

    [Fact]
    public async Task DownAfterTheRetries_IsUnavailable()
    {
        await using var connection = new SalesforceConnection(_salesforce);
        _salesforce.FailNext(503, 503, 503);

        var down = await Assert.ThrowsAsync<SalesforceException>(() => connection.Client.ReadSeatsAsync(CancellationToken.None));

        Assert.Equal(SalesforceFailure.Unavailable, down.Failure);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
    }

    [Fact]
    public async Task MalformedJson_IsABadAnswer_NotACrash()
    {
        await using var connection = new SalesforceConnection(_salesforce);
        _salesforce.AnswerMalformed = true;

        var bad = await Assert.ThrowsAsync<SalesforceException>(() => connection.Client.ReadSeatsAsync(CancellationToken.None));

        Assert.Equal(SalesforceFailure.BadAnswer, bad.Failure);
    }

    [Fact]
    public async Task AQuerySalesforceRefuses_CarriesItsErrorCode()
    {
        await using var connection = new SalesforceConnection(_salesforce);

        var refused = await Assert.ThrowsAsync<SalesforceException>(() => connection.Client.QueryAsync<SalesforceUser>("SELECT Id FROM Nothing", 10, CancellationToken.None));

        Assert.Equal((SalesforceFailure.Refused, "INVALID_TYPE", HttpStatusCode.BadRequest), (refused.Failure, refused.ErrorCode, refused.StatusCode));
    }

    [Fact]
    public async Task TheOrgsAllowanceSpent_403_StopsCallingForAnHour()
    {
        _salesforce.SpentByOthers(14_998); // the company's other integrations, today
        await using var connection = new SalesforceConnection(_salesforce);
        await connection.Client.ReadSeatsAsync(CancellationToken.None);
        await connection.Client.ReadSeatsAsync(CancellationToken.None); // 15,000 of 15,000

        var spent = await Assert.ThrowsAsync<SalesforceException>(() => connection.Client.ReadSeatsAsync(CancellationToken.None));
        var calls = _salesforce.DataCalls;
        var again = await Assert.ThrowsAsync<SalesforceException>(() => connection.Client.ReadSeatsAsync(CancellationToken.None));

        Assert.Equal((SalesforceFailure.LimitExceeded, "REQUEST_LIMIT_EXCEEDED"), (spent.Failure, spent.ErrorCode));
        Assert.Equal(SalesforceFailure.LimitExceeded, again.Failure);
        Assert.Equal(calls, _salesforce.DataCalls); // not even tried
    }

    [Fact]
    public async Task ItsShareOfTheAllowanceUsed_ItStopsCalling_AndSaysSo()
    {
        _salesforce.ApiMax = 40; // 10% of it: 4 calls in 24 hours
        await using var connection = new SalesforceConnection(_salesforce);
        for (var i = 0; i < 4; i++)
        {
            await connection.Client.ReadSeatsAsync(CancellationToken.None);
        }

        var stopped = await Assert.ThrowsAsync<SalesforceException>(() => connection.Client.ReadSeatsAsync(CancellationToken.None));

        Assert.Equal(SalesforceFailure.ShareReached, stopped.Failure);
        Assert.Contains("4 of 4 calls", stopped.Message, StringComparison.Ordinal);
        Assert.Equal(4, _salesforce.DataCalls);
        Assert.Equal((4, 40), (connection.Client.Budget.OrgUsed, connection.Client.Budget.OrgMax)); // read from Sforce-Limit-Info
    }
}
