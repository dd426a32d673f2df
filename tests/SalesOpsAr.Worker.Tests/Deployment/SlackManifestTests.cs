using YamlDotNet.RepresentationModel;

namespace SalesOpsAr.Worker.Tests.Deployment;

/// <summary>The Slack app's manifest (#25): interactivity pointed at the service's endpoint, the scopes the docs name, nothing more.</summary>
public sealed class SlackManifestTests
{
    private static YamlMappingNode Manifest()
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(Infrastructure.Repository.PathOf("deploy", "slack", "manifest.yaml")));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode At(YamlMappingNode node, params string[] path) =>
        path.Aggregate((YamlNode)node, (n, key) => ((YamlMappingNode)n).Children[new YamlScalarNode(key)]);

    [Fact]
    public void Interactivity_PointsAtTheServicesEndpoint()
    {
        var manifest = Manifest();

        Assert.Equal("true", At(manifest, "settings", "interactivity", "is_enabled").ToString());
        Assert.EndsWith("/slack/interactions", At(manifest, "settings", "interactivity", "request_url").ToString(), StringComparison.Ordinal);
        Assert.Equal("false", At(manifest, "settings", "socket_mode_enabled").ToString());
    }

    [Fact]
    public void TheScopes_AreTheWebhookAndReadingUsers_Only() =>
        Assert.Equal(["incoming-webhook", "users:read", "users:read.email"],
            ((YamlSequenceNode)At(Manifest(), "oauth_config", "scopes", "bot")).Children.Select(c => c.ToString()));
}
