namespace SalesOpsAr.Scim.Tests;

/// <summary>The SCIM section checked at start: each problem named by its key, no token echoed.</summary>
public sealed class ScimOptionsChecksTests
{
    private static IReadOnlyList<string> Problems(ScimOptions options) =>
        new ScimOptionsChecks().Validate(null, options).Failures?.ToList() ?? [];

    private static ScimOptions With(string url, string token, bool allowHttp = false) => new()
    {
        Systems = new(StringComparer.OrdinalIgnoreCase) { ["DataFox"] = new ScimSystemOptions { Url = url, Token = token } },
        AllowHttp = allowHttp,
    };

    [Fact]
    public void Off_IsFine() => Assert.Empty(Problems(new ScimOptions()));

    [Fact]
    public void AnHttpsServiceWithAToken_IsFine() => Assert.Empty(Problems(With("https://idp.example.com/scim/v2", "secret-token")));

    [Theory]
    [InlineData("http://idp.example.com/scim/v2")]
    [InlineData("https://user:pw@idp.example.com/scim/v2")]
    [InlineData("https://idp.example.com/scim/v2?x=1")]
    [InlineData("idp.example.com")]
    public void AnAddressThatIsNoHttpsService_NamesItsKey(string url) =>
        Assert.Contains(Problems(With(url, "secret-token")), p => p.Contains("Scim:Systems:DataFox:Url", StringComparison.Ordinal));

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("line\nbreak")]
    public void ATokenThatIsNoToken_NamesItsKey_WithoutEchoingIt(string token)
    {
        var problem = Assert.Single(Problems(With("https://idp.example.com/scim/v2", token)));

        Assert.Contains("Scim:Systems:DataFox:Token", problem, StringComparison.Ordinal);
        Assert.True(token.Length == 0 || !problem.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public void Salesforce_IsNotAScimSystem()
    {
        var options = With("https://idp.example.com/scim/v2", "t");
        options.Systems["Salesforce"] = new ScimSystemOptions { Url = "https://idp.example.com/scim/v2", Token = "t" };

        Assert.Contains(Problems(options), p => p.Contains("Scim:Systems:Salesforce", StringComparison.Ordinal));
    }
}
