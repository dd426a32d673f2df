using System.Text;
using SalesOpsAr.Worker.Features.Status;

namespace SalesOpsAr.Worker.Tests.Features.Status;

/// <summary>Who may see the status page: the whole token, as a bearer or a basic-auth password; nothing less, nothing more.</summary>
public sealed class StatusAccessTests
{
    private const string Token = "status-token-0123456789abcdef";

    private static string Basic(string pair) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(pair));

    public static TheoryData<string, string?, bool> Cases => new()
    {
        { "the token as a bearer", "Bearer " + Token, true },
        { "the scheme in another case, blanks around", "bearer  " + Token + " ", true },
        { "the token as basic auth's password, any user", Basic("anyone:" + Token), true },
        { "a password with a colon in it", Basic("x:" + Token), true },
        { "a prefix of the token", "Bearer s", false },
        { "the token one character short", "Bearer " + Token[..^1], false },
        { "the token and more", "Bearer " + Token + "0", false },
        { "an empty bearer", "Bearer ", false },
        { "the token as basic auth's user", Basic(Token + ":"), false },
        { "basic auth without a colon", Basic(Token), false },
        { "basic auth that is no base64", "Basic !!!", false },
        { "another scheme", "Token " + Token, false },
        { "the bare token", Token, false },
        { "no header", null, false },
        { "a header past 4 KiB", "Bearer " + Token + new string(' ', 4_100), false },
        { "a header of exactly 4 KiB", "Bearer " + Token + new string(' ', 4_096 - 7 - Token.Length), true },
        { "the scheme Basic in another case", "basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(":" + Token)), true },
        { "an empty user name", Basic(":" + Token), true },
        { "basic auth's password alone, no user or colon", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Token)), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_Case(string what, string? authorization, bool allowed) =>
        Assert.True((allowed ? StatusAccess.Verdict.Allowed : StatusAccess.Verdict.Denied) == StatusAccess.Check(authorization, Token), what);

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer ")]
    [InlineData("Bearer anything")]
    public void NoTokenConfigured_ThePageIsNotThere(string? authorization) =>
        Assert.Equal(StatusAccess.Verdict.NotConfigured, StatusAccess.Check(authorization, ""));

    [Theory]
    [InlineData("", true)]
    [InlineData("0123456789abcdef", true)]
    [InlineData("0123456789abcde", false)]
    [InlineData(" 0123456789abcdef", false)]
    [InlineData("0123456789abcdef ", false)]
    public void AToken_IsEmptyOrSixteenCharactersWithoutSurroundingSpaces(string token, bool valid)
    {
        var result = new StatusOptionsChecks().Validate(null, new StatusOptions { Token = token });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("Status:Token", Assert.Single(result.Failures!), StringComparison.Ordinal);
        }
    }
}
