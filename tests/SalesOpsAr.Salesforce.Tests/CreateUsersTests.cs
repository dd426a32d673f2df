using SalesOpsAr.Salesforce.Api;

namespace SalesOpsAr.Salesforce.Tests;

/// <summary>Creating users with sObject Collections (#24): 200 a call, one result per user in order, Salesforce's refusals, never retried.</summary>
public sealed class CreateUsersTests : IDisposable
{
    private readonly FakeSalesforce _salesforce = new();

    public void Dispose() => _salesforce.Dispose();

    private static SalesforceNewUser User(string name, string profile = "Account Executive", string? alias = null) => new()
    {
        Username = $"{name}@example.com",
        Email = $"{name}@example.com",
        FirstName = "Test",
        LastName = name,
        Alias = alias ?? name[..Math.Min(8, name.Length)],
        ProfileId = FakeSalesforce.ProfileId(profile),
        TimeZoneSidKey = "America/Los_Angeles",
        LocaleSidKey = "en_US",
    };

    [Fact]
    public async Task EachUser_GetsItsOwnResult_InOrder_WithSalesforcesReasons()
    {
        _salesforce.Licence("Salesforce").Used = 247; // three seats
        _salesforce.TakenElsewhere.Add("taken@example.com");
        await using var connection = new SalesforceConnection(_salesforce);

        var results = await connection.Client.CreateUsersAsync([User("jane"), User("taken"), User("longalias", alias: "muchtoolong"), User("sam"), User("lee"), User("one")], CancellationToken.None);

        Assert.Equal([true, false, false, true, true, false], results.Select(r => r.Success));
        Assert.StartsWith("005", results[0].Id, StringComparison.Ordinal);
        Assert.Equal(["DUPLICATE_USERNAME", "STRING_TOO_LONG", "LICENSE_LIMIT_EXCEEDED"], results.Where(r => !r.Success).Select(r => r.Errors[0].StatusCode));
        Assert.Equal(["Username"], results[1].Errors[0].Fields);
        Assert.Equal(1, _salesforce.DataCalls);
        Assert.Equal(250, _salesforce.Licence("Salesforce").Used);
    }

    [Fact]
    public async Task FourHundredFiftyUsers_AreThreeCalls_AndTheirLookUpThreeQueries()
    {
        _salesforce.Licence("Salesforce").Total = 1000;
        await using var connection = new SalesforceConnection(_salesforce);
        var users = Enumerable.Range(0, 450).Select(i => User($"p{i}")).ToList();

        var created = await connection.Client.CreateUsersAsync(users, CancellationToken.None);
        var calls = _salesforce.DataCalls;
        var found = await connection.Client.FindUsersAsync([.. users.Select(u => u.Username), "nobody@example.com"], CancellationToken.None);

        Assert.All(created, r => Assert.True(r.Success));
        Assert.Equal(3, _salesforce.CreateCalls);
        Assert.Equal(3, calls);
        Assert.Equal(450, found.Count);
        Assert.Equal(3, _salesforce.DataCalls - calls);
    }

    [Fact]
    public async Task ACreateThatFails_IsNeverRepeatedByTheClient()
    {
        _salesforce.FailNext(503);
        await using var connection = new SalesforceConnection(_salesforce, configure: s => s["Salesforce:MaxRetries"] = "3");

        var failed = await Assert.ThrowsAsync<SalesforceException>(() => connection.Client.CreateUsersAsync([User("jane")], CancellationToken.None));

        Assert.Equal(SalesforceFailure.Unavailable, failed.Failure);
        Assert.Equal(1, _salesforce.DataCalls); // a write may have been saved: the caller looks it up first
    }

    [Fact]
    public async Task AMissingField_IsSaidByName()
    {
        await using var connection = new SalesforceConnection(_salesforce);

        var result = Assert.Single(await connection.Client.CreateUsersAsync([User("jane") with { LocaleSidKey = "" }], CancellationToken.None));

        Assert.Equal(("REQUIRED_FIELD_MISSING", "LocaleSidKey"), (result.Errors[0].StatusCode, Assert.Single(result.Errors[0].Fields)));
    }
}
