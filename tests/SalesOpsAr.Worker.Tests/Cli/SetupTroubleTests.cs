using System.Net;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Worker.Cli;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Cli;

/// <summary>`setup` when GitLab fails while it reads the project: a clear line and the documented exit code 3, no stack trace.</summary>
public sealed class SetupTroubleTests
{
    public static TheoryData<string, Exception> Failures => new()
    {
        { "a 500 after the retries", new GitLabApiException(HttpStatusCode.InternalServerError, "GET labels", "500 Internal Server Error") },
        { "invalid JSON, or an object where a list belongs", new GitLabApiException("GitLab's answer to GET labels is not the JSON expected (')' is invalid)") { Endpoint = "GET labels" } },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task GitLabFailingWhileSetupReads_SaysSoAndExits3(string what, Exception failure)
    {
        await using var services = new FeatureServices();
        services.GitLab.ListFailure = failure;
        using var output = new StringWriter();

        var exit = await SetupCommand.RunAsync(services.Get<IServiceProvider>(), ["setup"], output, CancellationToken.None);

        Assert.True(exit == 3, $"{what}: exit {exit}");
        Assert.Contains("setup: GitLab at https://gitlab.com failed while setup read the project:", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output.ToString(), StringComparison.Ordinal); // no stack trace
    }
}
