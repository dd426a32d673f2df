using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Platform.Configuration;

/// <summary>Invalid configuration stops the service at start (exit 1), naming each key and what is wrong.</summary>
public sealed class StartupValidationTests
{
    private static readonly Dictionary<string, string> Valid = ServiceProcess.MinimalValid();

    [Fact]
    public async Task Start_WithManyMistakes_ListsEveryOneAndExits1()
    {
        var environment = new Dictionary<string, string>
        {
            ["GitLab__BaseUrl"] = "gitlab.example.com",
            ["GitLab__Token"] = "glpat-x",
            ["GitLab__MaxRetries"] = "99",
            ["Workflow__Dris__0"] = "@amber smith",
            ["Transport__Kind"] = "RabbitMq",
            ["Transport__PublishTimeout"] = "00:00:30",
            ["Receiver__MaxBodyBytes"] = "10",
            ["Roles"] = "receiver,janitor",
        };

        var (exitCode, output) = await ServiceProcess.RunAsync(environment);

        Assert.Equal(1, exitCode);
        Assert.Contains("Invalid configuration, not starting", output, StringComparison.Ordinal);
        Assert.Contains("GitLab:BaseUrl (environment variable GitLab__BaseUrl): must be an absolute http(s) URL", output, StringComparison.Ordinal);
        Assert.Contains("GitLab:WebhookSecret (environment variable GitLab__WebhookSecret): must be set", output, StringComparison.Ordinal);
        Assert.Contains("GitLab:BotUsername (environment variable GitLab__BotUsername): must be set when GitLab:Token is", output, StringComparison.Ordinal);
        Assert.Contains("GitLab:MaxRetries (environment variable GitLab__MaxRetries): must be between 0 and 10", output, StringComparison.Ordinal);
        Assert.Contains("Workflow:Dris:0 (environment variable Workflow__Dris__0): must be a GitLab username", output, StringComparison.Ordinal);
        Assert.Contains("Transport:RabbitMq:Uri (environment variable Transport__RabbitMq__Uri): must be an amqp://", output, StringComparison.Ordinal);
        Assert.Contains("Transport:PublishTimeout (environment variable Transport__PublishTimeout): must be between 00:00:00.001 and 00:00:09, got 00:00:30.", output, StringComparison.Ordinal);
        Assert.Contains("Receiver:MaxBodyBytes (environment variable Receiver__MaxBodyBytes): must be between 1024", output, StringComparison.Ordinal);
        Assert.Contains("Roles (environment variable Roles): 'janitor' is not a role", output, StringComparison.Ordinal);
        Assert.DoesNotContain("glpat-x", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AValueWithLineBreaks_IsQuotedOnOneLine_AndForgesNoProblemLine()
    {
        var environment = new Dictionary<string, string>(Valid) { ["Workflow__Dris__0"] = "amber\n  - GitLab:Token (environment variable GitLab__Token): fine" };

        var (exitCode, output) = await ServiceProcess.RunAsync(environment, ["validate-config"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("must be a GitLab username, got 'amber\\n  - GitLab:Token", output, StringComparison.Ordinal);
        Assert.DoesNotContain(output.Split('\n'), l => l.TrimStart().StartsWith("- GitLab:Token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATokenEndingInANewline_AsReadFromAFile_IsRefusedAtStart_NamingTheKeyNotTheValue()
    {
        var environment = new Dictionary<string, string>(Valid) { ["GitLab__Token"] = "glpat-0123456789abcdef\n", ["GitLab__BotUsername"] = "salesops-ar-bot" };

        var (exitCode, output) = await ServiceProcess.RunAsync(environment);
        var (checkCode, checkOutput) = await ServiceProcess.RunAsync(environment, ["validate-config"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("GitLab:Token (environment variable GitLab__Token): holds a line feed at its end (as when read from a file); remove it.", output, StringComparison.Ordinal);
        Assert.Equal(1, checkCode);
        Assert.Contains("GitLab:Token (environment variable GitLab__Token): holds a line feed", checkOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("glpat-0123456789abcdef", output + checkOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Workflow__Dris__0", "", "Workflow:Dris (environment variable Workflow__Dris): must list")]
    [InlineData("GitLab__ProjectIds__0", "", "GitLab:ProjectIds (environment variable GitLab__ProjectIds): must list the access-request project's numeric id")]
    [InlineData("GitLab__BaseUrl", "http://gitlab.internal", "GitLab:BaseUrl (environment variable GitLab__BaseUrl): must be https: the bot's token would travel in clear text")]
    [InlineData("Management__Urls", "http://0.0.0.0", "Management:Urls (environment variable Management__Urls): must be http URLs with an explicit port")]
    [InlineData("Transport__Kind", "Rabbit", "Transport:Kind (environment variable Transport__Kind): must be one of InMemory, RabbitMq, got 'Rabbit'.")]
    [InlineData("GitLab__RequestTimeout", "soon", "GitLab:RequestTimeout (environment variable GitLab__RequestTimeout): must be a duration such as 00:05:00, got 'soon'.")]
    [InlineData("Sweep__Thresholds__Stale", "0", "Sweep:Thresholds:Stale (environment variable Sweep__Thresholds__Stale): must be between 0 exclusive and 365, got 0.")]
    [InlineData("Sweep__Calendar__TimeZone", "Mars/Olympus", "Sweep:Calendar:TimeZone (environment variable Sweep__Calendar__TimeZone): must be an IANA time zone")]
    [InlineData("Notifications__Smtp__Host", "smtp.example.com", "Notifications:Smtp:From (environment variable Notifications__Smtp__From): must be an email address")]
    [InlineData("Notifications__Slack__WebhookUrl", "not a url", "Notifications:Slack:WebhookUrl (environment variable Notifications__Slack__WebhookUrl): must be the channel's incoming-webhook URL")]
    [InlineData("Assistant__RunbooksFile", "/nonexistent/runbooks.yaml", "Assistant:RunbooksFile (environment variable Assistant__RunbooksFile): cannot read '/nonexistent/runbooks.yaml'")]
    [InlineData("Receiver__SigningToken", "s3cret-not-a-signing-token", "Receiver:SigningToken (environment variable Receiver__SigningToken): must be the webhook's signing token as GitLab shows it: whsec_ and base64")]
    [InlineData("Receiver__Authentication", "Both", "Receiver:Authentication (environment variable Receiver__Authentication): is Both: set GitLab:WebhookSecret and Receiver:SigningToken, or choose Either.")]
    [InlineData("Assistant__RunbooksFile", "/dev/zero", "Assistant:RunbooksFile (environment variable Assistant__RunbooksFile): cannot read '/dev/zero': it is larger than 1024 KB")]
    [InlineData("Assistant__Precedents", "11", "Assistant:Precedents (environment variable Assistant__Precedents): must be between 0 and 10")]
    [InlineData("GitLab__WebhookSecret", "s3cret\n", "GitLab:WebhookSecret (environment variable GitLab__WebhookSecret): holds a line feed at its end (as when read from a file); remove it.")]
    [InlineData("Notifications__Slack__WebhookUrl", "https://hooks.slack.com/services/T0/B0/X\r\n", "Notifications:Slack:WebhookUrl (environment variable Notifications__Slack__WebhookUrl): holds a carriage return; remove it.")]
    [InlineData("Status__Token", "a-long-status-token\u0007x", "Status:Token (environment variable Status__Token): holds U+0007; remove it.")]
    [InlineData("Salesforce__Flow", "JwtBearer", "Salesforce:ClientId (environment variable Salesforce__ClientId): must be the connected app's consumer key")]
    [InlineData("Salesforce__Flow", "Soap", "Salesforce:Flow (environment variable Salesforce__Flow)")]
    [InlineData("Provisioning__DefaultLocale", "english", "Provisioning:DefaultLocale (environment variable Provisioning__DefaultLocale): must be a Salesforce locale such as en_US or de_DE, got 'english'.")]
    [InlineData("Provisioning__Regions__EMEA__TimeZone", "Mars/Olympus", "Provisioning:Regions:EMEA:TimeZone (environment variable Provisioning__Regions__EMEA__TimeZone): must be a time zone id as Salesforce names them")]
    [InlineData("Sweep__StatusPageUrl", "javascript:alert(1)", "Sweep:StatusPageUrl (environment variable Sweep__StatusPageUrl): must be the status page's address, https://…/status, or empty.")]
    [InlineData("Salesforce__KeyFile", "/run/secrets/key.pem\n", "Salesforce:KeyFile (environment variable Salesforce__KeyFile): holds a line feed at its end (as when read from a file); remove it.")]
    public async Task Start_WithOneMistake_NamesTheKey(string key, string value, string expected)
    {
        var environment = new Dictionary<string, string>(Valid) { [key] = value };
        if (key == "Workflow__Dris__0")
        {
            environment.Remove("Workflow__Dris__0");
            environment.Remove("Workflow__Dris__1");
        }

        var (exitCode, output) = await ServiceProcess.RunAsync(environment);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("runbooks:\n  - system: Gong\n    steps: [\"Invite {emails}\"]\n", "runbook 1 (Gong): 'Gong' is not one of the sales systems")]
    [InlineData("runbooks:\n  - system: Chorus\n    steps: [\"Set {Licence}\"]\n", "runbook 1 (Chorus), step 1: {Licence} is neither {emails}, {names} nor a value under needs or defaults.")]
    [InlineData("runbooks:\n  - system: Chorus\n    steps: [unclosed\n", "is not valid: line 4, column 1: While parsing a flow sequence")]
    [InlineData("runbook:\n  - system: Chorus\n", "is not valid: line 1, column 1: Property 'runbook' not found")]
    [InlineData("# nothing yet\n", "has no 'runbooks:' list")]
    public async Task ARunbooksFileWithAMistake_StopsTheStart_AndValidateConfigSaysWhere(string yaml, string expected)
    {
        var file = Path.Combine(Path.GetTempPath(), $"runbooks-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, yaml);
        try
        {
            var environment = new Dictionary<string, string>(Valid) { ["Assistant__RunbooksFile"] = file };

            var (exitCode, output) = await ServiceProcess.RunAsync(environment, ["validate-config"]);

            Assert.Equal(1, exitCode);
            Assert.Contains("Assistant:RunbooksFile (environment variable Assistant__RunbooksFile)", output, StringComparison.Ordinal);
            Assert.Contains(expected, output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task TheShippedRunbooksFile_IsValid_AsAnOperatorsCopy()
    {
        var environment = new Dictionary<string, string>(Valid) { ["Assistant__RunbooksFile"] = Repository.PathOf("deploy", "runbooks.yaml") };

        var (exitCode, output) = await ServiceProcess.RunAsync(environment, ["validate-config"]);

        Assert.True(exitCode == 0, output);
    }
}
