namespace SalesOpsAr.GitLab.Tests;

/// <summary>The <c>GitLab</c> section's own checks: each names its key and says what is wrong.</summary>
public sealed class GitLabOptionsChecksTests
{
    private static readonly Dictionary<string, Action<GitLabOptions>> Setups = new()
    {
        ["defaults"] = _ => { },
        ["a project"] = o => o.ProjectIds.Add("42"),
        ["http base URL"] = o => { o.ProjectIds.Add("42"); o.BaseUrl = "http://gitlab.internal"; },
        ["http base URL allowed"] = o => { o.ProjectIds.Add("42"); o.BaseUrl = "http://gitlab.internal"; o.AllowHttp = true; },
        ["not a URL"] = o => o.BaseUrl = "gitlab.example.com",
        ["ftp URL"] = o => o.BaseUrl = "ftp://gitlab.example.com",
        ["token without bot"] = o => o.Token = "glpat-x",
        ["token with bot"] = o => { o.ProjectIds.Add("42"); o.Token = "glpat-x"; o.BotUsername = "salesops-ar-bot"; },
        ["bot with @"] = o => o.BotUsername = "@bot",
        ["hook id zero"] = o => { o.HookId = 0; o.ProjectIds.Add("42"); },
        ["hook without project"] = o => o.HookId = 7,
        ["hook with project"] = o => { o.HookId = 7; o.ProjectIds.Add(" 42 "); },
        ["project id a word"] = o => o.ProjectIds.Add("abc"),
        ["project id negative"] = o => { o.ProjectIds.Add(""); o.ProjectIds.Add("-4"); },
        ["project id zero"] = o => o.ProjectIds.Add("0"),
    };

    [Theory]
    [InlineData("defaults", "Property GitLab:ProjectIds: must list the access-request project's numeric id")]
    [InlineData("a project", null)]
    [InlineData("http base URL", "Property GitLab:BaseUrl: must be https: the bot's token would travel in clear text")]
    [InlineData("http base URL allowed", null)]
    [InlineData("not a URL", "Property GitLab:BaseUrl: must be an absolute http(s) URL such as https://gitlab.com, got 'gitlab.example.com'.")]
    [InlineData("ftp URL", "Property GitLab:BaseUrl: must be an absolute http(s) URL")]
    [InlineData("token without bot", "Property GitLab:BotUsername: must be set when GitLab:Token is")]
    [InlineData("token with bot", null)]
    [InlineData("bot with @", "Property GitLab:BotUsername: must be a GitLab username without @, got '@bot'.")]
    [InlineData("hook id zero", "Property GitLab:HookId: must be the webhook's positive id, got 0.")]
    [InlineData("hook without project", "Property GitLab:HookId: needs GitLab:ProjectIds:0")]
    [InlineData("hook with project", null)]
    [InlineData("project id a word", "Property GitLab:ProjectIds:0: must be a project's numeric id, got 'abc'.")]
    [InlineData("project id negative", "Property GitLab:ProjectIds:1: must be a project's numeric id, got '-4'.")]
    [InlineData("project id zero", "Property GitLab:ProjectIds:0: must be a project's numeric id, got '0'.")]
    public void Validate_Case_SaysWhatIsWrong(string name, string? problem)
    {
        var options = new GitLabOptions();
        Setups[name](options);

        var result = new GitLabOptionsChecks().Validate(null, options);

        if (problem is null)
        {
            Assert.True(result.Succeeded, $"{name}: {result.FailureMessage}");
        }
        else
        {
            Assert.Contains(result.Failures!, f => f.StartsWith(problem, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ProjectIdList_KeepsTheIdsThatParse()
    {
        var options = new GitLabOptions();
        foreach (var id in new[] { "42", " 7 ", "", "x", "0", "-3" })
        {
            options.ProjectIds.Add(id);
        }

        Assert.Equal([42L, 7], options.ProjectIdList);
    }

    [Theory]
    [InlineData("salesops-ar-bot", true)]
    [InlineData("j.doe_2", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("jane doe", false)]
    [InlineData("@jdoe", false)]
    public void Username_GitLabsForm(string? name, bool expected) => Assert.Equal(expected, GitLabUsername.IsValid(name));

    [Fact]
    public void Annotations_RangesAreChecked()
    {
        var options = new GitLabOptions { CallsPerMinute = 0, MaxRetries = 11, RequestTimeout = TimeSpan.FromMinutes(3) };

        var failures = new GitLabOptionsValidator().Validate(null, options).Failures!;

        Assert.Equal(3, failures.Count());
    }
}
