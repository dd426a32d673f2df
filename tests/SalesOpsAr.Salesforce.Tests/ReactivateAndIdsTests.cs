using SalesOpsAr.Salesforce.Api;

namespace SalesOpsAr.Salesforce.Tests;

/// <summary>
/// Reactivating users (sObject Collections PATCH), looking profiles and roles up by name, the users' links (#24): one
/// call each, Salesforce's refusals per record, nothing that is not a Salesforce id sent or linked.
/// </summary>
public sealed class ReactivateAndIdsTests : IDisposable
{
    private readonly FakeSalesforce _salesforce = new();

    public void Dispose() => _salesforce.Dispose();

    [Fact]
    public async Task InactiveUsers_AreReactivated_InOneCall_UntilTheSeatsRunOut()
    {
        var users = Enumerable.Range(1, 3).Select(i => _salesforce.AddUser($"Leaver {i}", active: false)).ToList();
        _salesforce.Licence("Salesforce").Used = 248; // two seats
        await using var connection = new SalesforceConnection(_salesforce);

        var results = await connection.Client.ReactivateUsersAsync([.. users.Select(u => u.Id)], CancellationToken.None);

        Assert.Equal([true, true, false], results.Select(r => r.Success));
        Assert.Equal("LICENSE_LIMIT_EXCEEDED", results[2].Errors[0].StatusCode);
        Assert.Equal(1, _salesforce.UpdateCalls);
        Assert.Equal(2, _salesforce.Users().Count(u => u.IsActive));
    }

    [Fact]
    public async Task AReactivation_IsNeverRepeatedByTheClient()
    {
        var user = _salesforce.AddUser("Leaver", active: false);
        await using var connection = new SalesforceConnection(_salesforce);
        await connection.Client.FindUsersAsync(["nobody@acme.example"], CancellationToken.None); // signed in
        _salesforce.FailNext(503);

        await Assert.ThrowsAsync<SalesforceException>(() => connection.Client.ReactivateUsersAsync([user.Id], CancellationToken.None));

        Assert.Equal(0, _salesforce.UpdateCalls);
        Assert.Equal(1, _salesforce.Calls().Count(c => c.StartsWith("PATCH ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SomethingThatIsNoSalesforceId_IsNeverSent()
    {
        await using var connection = new SalesforceConnection(_salesforce);

        await Assert.ThrowsAsync<ArgumentException>(() => connection.Client.ReactivateUsersAsync(["005', IsActive: true"], CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => connection.Client.LinkAsync("../../evil", CancellationToken.None));

        Assert.Equal(0, _salesforce.DataCalls);
    }

    [Fact]
    public async Task ProfilesAndRoles_AreLookedUpByName_UnknownNamesLeftOut()
    {
        await using var connection = new SalesforceConnection(_salesforce);

        var profiles = await connection.Client.IdsByNameAsync("Profile", ["Account Executive", "sdr", "Wizard"], CancellationToken.None);
        var roles = await connection.Client.IdsByNameAsync("UserRole", ["AE - EMEA", "O'Brien's team"], CancellationToken.None);

        Assert.Equal(FakeSalesforce.ProfileId("Account Executive"), profiles["account executive"]);
        Assert.Equal(FakeSalesforce.ProfileId("SDR"), profiles["SDR"]);
        Assert.False(profiles.ContainsKey("Wizard"));
        Assert.Equal([FakeSalesforce.RoleId("AE - EMEA")], roles.Values);
        Assert.Equal(2, _salesforce.DataCalls);
        await Assert.ThrowsAsync<ArgumentException>(() => connection.Client.IdsByNameAsync("User", ["x"], CancellationToken.None));
    }

    [Fact]
    public async Task AUsersLink_IsTheInstancesAddressAndItsId()
    {
        var user = _salesforce.AddUser("Jane Doe");
        await using var connection = new SalesforceConnection(_salesforce);

        var link = await connection.Client.LinkAsync(user.Id, CancellationToken.None);

        Assert.Equal(new Uri($"{_salesforce.Url}/{user.Id}"), link);
    }

    [Fact]
    public async Task AnAnswerLostAfterTheCreate_IsAFailure_AndTheUsersExist()
    {
        _salesforce.TimeOutAfterCreating = true;
        await using var connection = new SalesforceConnection(_salesforce);
        var user = new SalesforceNewUser
        {
            Username = "jane@example.com", Email = "jane@example.com", LastName = "Doe", Alias = "jdoe",
            ProfileId = FakeSalesforce.ProfileId("SDR"), TimeZoneSidKey = "Europe/London", LocaleSidKey = "en_GB",
        };

        var failure = await Assert.ThrowsAsync<SalesforceException>(() => connection.Client.CreateUsersAsync([user], CancellationToken.None));

        Assert.Equal(SalesforceFailure.Unavailable, failure.Failure);
        Assert.Equal(1, _salesforce.CreateCalls); // not repeated
        Assert.Single(await connection.Client.FindUsersAsync(["jane@example.com"], CancellationToken.None));
    }
}
