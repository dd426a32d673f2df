using System.Diagnostics;
using SalesOpsAr.Worker.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace SalesOpsAr.Worker.Tests.Deployment;

/// <summary>docker-compose.yml parsed by Debian's docker-compose (no engine needed), and the Dockerfile's essentials.</summary>
public sealed class ComposeAndDockerfileTests
{
    [Fact]
    public async Task Compose_WithTheExampleEnv_IsValidAndGivesTheWorkerAValidConfiguration()
    {
        var rendered = await ComposeConfigAsync();
        var stream = new YamlStream();
        stream.Load(new StringReader(rendered));
        var services = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("services")];
        Assert.Equal(["grafana", "maildev", "prometheus", "rabbitmq", "setup", "worker"], services.Children.Keys.Select(k => k.ToString()).Order());
        foreach (var optional in new[] { "prometheus", "grafana" })
        {
            var service = (YamlMappingNode)services.Children[new YamlScalarNode(optional)];
            Assert.Equal(["monitoring"], ((YamlSequenceNode)service.Children[new YamlScalarNode("profiles")]).Children.Select(c => c.ToString())); // off by default
            foreach (var volume in ((YamlSequenceNode)service.Children[new YamlScalarNode("volumes")]).Children.Select(v => v.ToString().Split(':')[0]))
            {
                Assert.True(File.Exists(volume) || Directory.Exists(volume), $"{optional} mounts {volume}, which is missing");
            }
        }

        var worker = (YamlMappingNode)services.Children[new YamlScalarNode("worker")];
        var environment = EnvironmentOf(worker);
        var (exitCode, output) = await ServiceProcess.RunAsync(environment, ["validate-config"]);

        Assert.True(exitCode == 0, output);

        // `docker compose run --rm setup`: the worker's image and settings, the setup command, only when asked for.
        var setup = (YamlMappingNode)services.Children[new YamlScalarNode("setup")];
        Assert.Equal(environment, EnvironmentOf(setup));
        Assert.Equal(["setup"], ((YamlSequenceNode)setup.Children[new YamlScalarNode("command")]).Children.Select(c => c.ToString()));
        Assert.Equal(["setup"], ((YamlSequenceNode)setup.Children[new YamlScalarNode("profiles")]).Children.Select(c => c.ToString()));
    }

    private static Dictionary<string, string> EnvironmentOf(YamlMappingNode service) =>
        ((YamlMappingNode)service.Children[new YamlScalarNode("environment")]).Children.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value.ToString());

    [Fact]
    public void Dockerfile_IsMultiStage_RunsAsNonRoot_ChecksHealth_AndBakesInNoSecret()
    {
        var lines = File.ReadAllLines(Repository.PathOf("deploy", "Dockerfile"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        Assert.True(lines.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)) >= 2, "multi-stage build");
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:10.0", lines.Last(l => l.StartsWith("FROM ", StringComparison.Ordinal)), StringComparison.Ordinal);
        var user = lines.Last(l => l.StartsWith("USER ", StringComparison.Ordinal))["USER ".Length..].Trim();
        Assert.True(IsNonRootUser(user), $"USER {user} may be root");
        Assert.Contains(lines, l => l.StartsWith("HEALTHCHECK", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"healthcheck\"", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("ENV", StringComparison.Ordinal) && (l.Contains("Token", StringComparison.OrdinalIgnoreCase) || l.Contains("Secret", StringComparison.OrdinalIgnoreCase) || l.Contains("Password", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains("EXPOSE 8080", lines);
    }

    [Theory]
    [InlineData("$APP_UID", true)]
    [InlineData("1654", true)]
    [InlineData("app", true)]
    [InlineData("0", false)]
    [InlineData("root", false)]
    [InlineData("0:0", false)]
    [InlineData("root:app", false)]
    [InlineData("", false)]
    public void IsNonRootUser_KnowsRootByNameAndId(string user, bool expected) => Assert.Equal(expected, IsNonRootUser(user));

    // The official images' $APP_UID is 1654; root is uid 0 by any spelling.
    private static bool IsNonRootUser(string user)
    {
        var who = user.Split(':')[0].Trim();
        return who.Length > 0 && who != "root" && !(int.TryParse(who, out var uid) && uid == 0);
    }

    private static async Task<string> ComposeConfigAsync()
    {
        var start = new ProcessStartInfo("docker-compose")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "--env-file", ".env.example", "-f", "docker-compose.yml", "config" })
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("docker-compose is not installed. Run the tests with ./tests/run.sh, which installs Debian's docker-compose.", e);
        }

        using (process)
        {
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"docker-compose config failed: {error}");
            return output;
        }
    }
}
