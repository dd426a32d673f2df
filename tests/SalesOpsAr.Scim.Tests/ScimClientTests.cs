namespace SalesOpsAr.Scim.Tests;

/// <summary>
/// The SCIM 2.0 client against a fake that follows RFC 7644: look-up by userName, create (409 uniqueness read as already
/// there), activation with If-Match (412 read again once), the RFC's errors in words, writes never repeated.
/// </summary>
public sealed class ScimClientTests : IDisposable
{
    private readonly FakeScim _scim = new();

    public void Dispose() => _scim.Dispose();

    private static ScimNewUser Jane => new() { UserName = "jane.doe@acme.example", GivenName = "Jane", FamilyName = "Doe", Email = "jane.doe@acme.example" };

    [Fact]
    public async Task AUser_IsCreated_ThenFound_CaseAside()
    {
        await using var connection = new ScimConnection(_scim);

        var created = await connection.DataFox.CreateAsync(Jane, CancellationToken.None);
        var found = await connection.DataFox.FindAsync("Jane.Doe@ACME.example", CancellationToken.None);

        Assert.Equal(ScimWriteOutcome.Done, created.Outcome);
        Assert.Equal(created.User!.Id, found!.Id);
        Assert.True(found.Active);
        Assert.Equal("W/\"1\"", found.Version);
        var stored = Assert.Single(_scim.Users());
        Assert.Equal(("Jane", "Doe", "jane.doe@acme.example"), (stored.GivenName, stored.FamilyName, stored.Email));
    }

    [Fact]
    public async Task NobodyOfThatName_IsNull()
    {
        await using var connection = new ScimConnection(_scim);

        Assert.Null(await connection.DataFox.FindAsync("nobody@acme.example", CancellationToken.None));
        Assert.Contains(_scim.Calls(), c => c.Contains("filter=userName%20eq%20%22nobody%40acme.example%22", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AQuoteInTheName_StaysInsideTheFiltersString()
    {
        _scim.AddUser("o\"brien@acme.example");
        await using var connection = new ScimConnection(_scim);

        Assert.NotNull(await connection.DataFox.FindAsync("o\"brien@acme.example", CancellationToken.None));
        Assert.Null(await connection.DataFox.FindAsync("x\" or userName pr or \"", CancellationToken.None));
    }

    [Fact]
    public async Task ATakenUserName_Is409Uniqueness_ReadAsAlreadyThere()
    {
        _scim.AddUser("jane.doe@acme.example");
        await using var connection = new ScimConnection(_scim);

        var created = await connection.DataFox.CreateAsync(Jane, CancellationToken.None);

        Assert.Equal(ScimWriteOutcome.AlreadyThere, created.Outcome);
        Assert.Single(_scim.Users());
    }

    [Fact]
    public async Task AnInactiveUser_IsActivated_WithItsVersion()
    {
        _scim.AddUser("jane.doe@acme.example", active: false);
        await using var connection = new ScimConnection(_scim);
        var user = (await connection.DataFox.FindAsync("jane.doe@acme.example", CancellationToken.None))!;

        var activated = await connection.DataFox.ActivateAsync(user, CancellationToken.None);

        Assert.Equal(ScimWriteOutcome.Done, activated.Outcome);
        Assert.True(_scim.Users()[0].Active);
        Assert.Equal(2, _scim.Users()[0].Version);
    }

    [Fact]
    public async Task AStaleVersion_Is412_ReadAgainAndTriedOnce()
    {
        _scim.AddUser("jane.doe@acme.example", active: false);
        await using var connection = new ScimConnection(_scim);
        var user = (await connection.DataFox.FindAsync("jane.doe@acme.example", CancellationToken.None))!;
        _scim.ChangeBehindTheBotsBack("jane.doe@acme.example");

        var activated = await connection.DataFox.ActivateAsync(user, CancellationToken.None);

        Assert.Equal(ScimWriteOutcome.Done, activated.Outcome);
        Assert.Equal(2, _scim.Calls().Count(c => c.StartsWith("PATCH ", StringComparison.Ordinal)));
        Assert.True(_scim.Users()[0].Active);
    }

    [Fact]
    public async Task AUserActivatedMeanwhile_IsDone_WithoutASecondPatch()
    {
        _scim.AddUser("jane.doe@acme.example", active: false);
        await using var connection = new ScimConnection(_scim);
        var user = (await connection.DataFox.FindAsync("jane.doe@acme.example", CancellationToken.None))!;
        _scim.ChangeBehindTheBotsBack("jane.doe@acme.example", active: true);

        var activated = await connection.DataFox.ActivateAsync(user, CancellationToken.None);

        Assert.Equal(ScimWriteOutcome.Done, activated.Outcome);
        Assert.Equal(1, _scim.Calls().Count(c => c.StartsWith("PATCH ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A500_OnALookUp_IsRetried_OnACreate_Never()
    {
        await using var connection = new ScimConnection(_scim, retries: 1);
        _scim.FailNext(500);
        Assert.Null(await connection.DataFox.FindAsync("jane.doe@acme.example", CancellationToken.None)); // the retry answered

        _scim.FailNext(500);
        var failure = await Assert.ThrowsAsync<ScimException>(() => connection.DataFox.CreateAsync(Jane, CancellationToken.None));

        Assert.Equal(500, failure.Status);
        Assert.Equal("DataFox's SCIM service answered 500 to create a user: injected fault", failure.Message);
        Assert.Equal(1, _scim.Calls().Count(c => c.StartsWith("POST ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AWrongToken_IsSaidWithoutTheToken()
    {
        await using var connection = new ScimConnection(_scim, token: "wrong-token-value");

        var failure = await Assert.ThrowsAsync<ScimException>(() => connection.DataFox.FindAsync("jane.doe@acme.example", CancellationToken.None));

        Assert.Equal(401, failure.Status);
        Assert.DoesNotContain("wrong-token-value", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASystemWithoutAService_HasNoClient()
    {
        await using var connection = new ScimConnection(_scim);

        Assert.Null(connection.Clients.For("Chorus"));
        Assert.NotNull(connection.Clients.For("DATAFOX"));
    }
}
