using SalesOpsAr.Worker.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace SalesOpsAr.Worker.Tests.Deployment;

/// <summary>
/// deploy/kubernetes checked offline: no cluster and no official schema are reachable here, so the test
/// checks the structure Kubernetes would reject or run badly, and runs the service's own validate-config on
/// the settings the manifests give each role.
/// </summary>
public sealed class KubernetesManifestTests
{
    private static readonly Dictionary<string, string> ApiVersions = new()
    {
        ["Namespace"] = "v1", ["ConfigMap"] = "v1", ["Secret"] = "v1", ["Service"] = "v1",
        ["Deployment"] = "apps/v1", ["PodDisruptionBudget"] = "policy/v1", ["CronJob"] = "batch/v1", ["Job"] = "batch/v1",
        ["NetworkPolicy"] = "networking.k8s.io/v1",
    };

    private static readonly string Folder = Repository.PathOf("deploy", "kubernetes");

    [Fact]
    public void Kustomization_ListsOnlyFilesThatExist_AndEveryManifestIsListedOrAnExample()
    {
        var listed = Sequence(Load("kustomization.yaml").Single(), "resources").Select(n => n.ToString()).ToList();

        Assert.All(listed, file => Assert.True(File.Exists(Path.Combine(Folder, file)), $"{file} is listed but missing"));
        var present = Directory.GetFiles(Folder, "*.yaml").Select(Path.GetFileName).Where(f => f is not "kustomization.yaml");
        Assert.All(present, file => Assert.True(listed.Contains(file!) || file!.Contains(".example.", StringComparison.Ordinal), $"{file} is neither listed nor an example"));
    }

    [Fact]
    public void EveryObject_HasAKnownKindItsApiVersionAndAName()
    {
        foreach (var doc in Objects())
        {
            var kind = Scalar(doc, "kind");
            Assert.True(ApiVersions.ContainsKey(kind), $"unexpected kind {kind}");
            Assert.Equal(ApiVersions[kind], Scalar(doc, "apiVersion"));
            Assert.Matches("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", Scalar(doc, "metadata", "name"));
        }
    }

    [Fact]
    public void Deployments_AreSafeToRunAndProbeTheServicesEndpoints()
    {
        var deployments = Objects().Where(d => Scalar(d, "kind") == "Deployment").ToList();
        Assert.Equal(2, deployments.Count);
        foreach (var deployment in deployments)
        {
            var name = Scalar(deployment, "metadata", "name");
            var selector = Map(deployment, "spec", "selector", "matchLabels");
            var labels = Map(deployment, "spec", "template", "metadata", "labels");
            Assert.All(selector, kv => Assert.Equal(kv.Value, labels.GetValueOrDefault(kv.Key)));

            var pod = Node(deployment, "spec", "template", "spec");
            Assert.Equal("true", Scalar(pod, "securityContext", "runAsNonRoot"));
            Assert.Equal("1654", Scalar(pod, "securityContext", "runAsUser")); // the image's "app" user
            var container = (YamlMappingNode)Sequence(pod, "containers").Single();
            Assert.Equal("false", Scalar(container, "securityContext", "allowPrivilegeEscalation"));
            Assert.Equal("true", Scalar(container, "securityContext", "readOnlyRootFilesystem"));
            Assert.Contains("ALL", Sequence(container, "securityContext", "capabilities", "drop").Select(n => n.ToString()));
            foreach (var bound in new[] { "requests", "limits" })
            {
                Assert.False(string.IsNullOrEmpty(Scalar(container, "resources", bound, "cpu")), $"{name}: no cpu {bound}");
                Assert.False(string.IsNullOrEmpty(Scalar(container, "resources", bound, "memory")), $"{name}: no memory {bound}");
            }

            Assert.Equal("/health/live", Scalar(container, "livenessProbe", "httpGet", "path"));
            Assert.Equal("/health/ready", Scalar(container, "readinessProbe", "httpGet", "path"));
            var ports = Sequence(container, "ports").Cast<YamlMappingNode>().ToDictionary(p => Scalar(p, "name"), p => Scalar(p, "containerPort"));
            Assert.Equal("http://0.0.0.0:" + ports["http"], Env(container)["Urls"]);
            Assert.Equal("http://0.0.0.0:" + ports["management"], Env(container)["Management__Urls"]);
            foreach (var probe in new[] { "startupProbe", "livenessProbe", "readinessProbe" }.Where(p => container.Children.ContainsKey(new YamlScalarNode(p))))
            {
                Assert.Equal("management", Scalar(container, probe, "httpGet", "port")); // /health answers only there
            }

            Assert.Equal(ports["management"], Scalar(deployment, "spec", "template", "metadata", "annotations", "prometheus.io/port"));
            Assert.Contains("/tmp", Sequence(container, "volumeMounts").Select(m => Scalar((YamlMappingNode)m, "mountPath")));

            var references = Sequence(container, "envFrom").Cast<YamlMappingNode>()
                .Select(r => r.Children.Keys.Single().ToString() == "configMapRef" ? ("ConfigMap", Scalar(r, "configMapRef", "name")) : ("Secret", Scalar(r, "secretRef", "name")));
            Assert.All(references, r => Assert.Contains(AllObjects(), o => Scalar(o, "kind") == r.Item1 && Scalar(o, "metadata", "name") == r.Item2));
        }
    }

    [Fact]
    public void Sweeper_IsExactlyOneAndNeverTwoAtOnce_WorkersAreTwo()
    {
        var sweeper = DeploymentNamed("salesopsar-sweeper");
        var worker = DeploymentNamed("salesopsar-worker");

        Assert.Equal("1", Scalar(sweeper, "spec", "replicas"));
        Assert.Equal("Recreate", Scalar(sweeper, "spec", "strategy", "type"));
        Assert.Equal("sweeper", Env(Container(sweeper))["Roles"]);
        Assert.Equal("2", Scalar(worker, "spec", "replicas"));
        Assert.Equal("receiver,reconciler", Env(Container(worker))["Roles"]);
    }

    [Fact]
    public void Services_TheWebhookSelectsTheReceivers_TheStatusPageTheSweeper()
    {
        foreach (var (serviceName, deployment) in new[] { ("salesopsar-worker", "salesopsar-worker"), ("salesopsar-status", "salesopsar-sweeper") })
        {
            var service = Objects().Single(d => Scalar(d, "kind") == "Service" && Scalar(d, "metadata", "name") == serviceName);
            var labels = Map(DeploymentNamed(deployment), "spec", "template", "metadata", "labels");
            Assert.All(Map(service, "spec", "selector"), kv => Assert.Equal(kv.Value, labels.GetValueOrDefault(kv.Key)));
            var port = (YamlMappingNode)Sequence(service, "spec", "ports").Single();
            Assert.Equal("http", Scalar(port, "targetPort"));
        }
    }

    [Fact]
    public void NetworkPolicies_OpenTheWebhookToAll_ManagementToMonitoringOnly_AndCoverBothPods()
    {
        var policies = Objects().Where(o => Scalar(o, "kind") == "NetworkPolicy").ToList();
        var worker = policies.Single(p => Scalar(p, "metadata", "name") == "salesopsar-worker-ingress");
        var rules = Sequence(worker, "spec", "ingress").Cast<YamlMappingNode>().ToList();

        var open = rules.Single(r => !r.Children.ContainsKey(new YamlScalarNode("from")));
        Assert.Equal(["http"], Sequence(open, "ports").Select(p => Scalar(p, "port")));
        var monitoring = rules.Single(r => r.Children.ContainsKey(new YamlScalarNode("from")));
        Assert.Equal(["management"], Sequence(monitoring, "ports").Select(p => Scalar(p, "port")));
        Assert.All(policies.Where(p => Scalar(p, "metadata", "name").EndsWith("-ingress", StringComparison.Ordinal)), p =>
            Assert.DoesNotContain(Sequence(p, "spec", "ingress").Cast<YamlMappingNode>(), r => r.Children.ContainsKey(new YamlScalarNode("from")) == false
                && Sequence(r, "ports").Any(port => Scalar(port, "port") == "management")));

        var egress = policies.Single(p => Scalar(p, "metadata", "name") == "salesopsar-egress");
        var selected = Sequence(egress, "spec", "podSelector", "matchExpressions").Cast<YamlMappingNode>().Single();
        Assert.Equal(
            Objects().Where(o => Scalar(o, "kind") is "Deployment" or "Job").Select(d => Map(d, "spec", "template", "metadata", "labels")["app.kubernetes.io/name"]).Order(),
            Sequence(selected, "values").Select(v => v.ToString()).Order());
        var allowed = Sequence(egress, "spec", "egress").Cast<YamlMappingNode>().SelectMany(r => Sequence(r, "ports")).Select(p => Scalar(p, "port")).ToHashSet();
        Assert.Superset(new HashSet<string> { "53", "5672", "443", "587" }, allowed);
    }

    [Fact]
    public void SetupJob_RunsSetupWithTheServicesSettings_AsSafelyAsTheDeployments()
    {
        var job = Objects().Single(o => Scalar(o, "kind") == "Job");
        var pod = Node(job, "spec", "template", "spec");
        var container = (YamlMappingNode)Sequence(pod, "containers").Single();

        Assert.Equal(["setup"], Sequence(container, "args").Select(a => a.ToString()));
        Assert.Equal("OnFailure", Scalar(pod, "restartPolicy"));
        Assert.Equal("true", Scalar(pod, "securityContext", "runAsNonRoot"));
        Assert.Equal("true", Scalar(container, "securityContext", "readOnlyRootFilesystem"));
        Assert.Equal(
            ["salesopsar-config", "salesopsar-secrets"],
            Sequence(container, "envFrom").Select(e => ((YamlMappingNode)e).Children.Values.Cast<YamlMappingNode>().Single()).Select(r => Scalar(r, "name")));
    }

    [Theory]
    [InlineData("salesopsar-worker")]
    [InlineData("salesopsar-sweeper")]
    public async Task TheSettingsEachRoleGets_PassTheServicesOwnValidation(string deployment)
    {
        var environment = new Dictionary<string, string>();
        foreach (var (key, value) in Map(AllObjects().Single(o => Scalar(o, "kind") == "ConfigMap"), "data"))
        {
            environment[key] = value;
        }

        foreach (var (key, value) in Map(Load("secret.example.yaml").Single(), "stringData"))
        {
            environment[key] = value;
        }

        foreach (var (key, value) in Env(Container(DeploymentNamed(deployment))))
        {
            environment[key] = value;
        }

        var (exitCode, output) = await ServiceProcess.RunAsync(environment, ["validate-config"]);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Configuration is valid.", output, StringComparison.Ordinal);
    }

    private static IEnumerable<YamlMappingNode> Objects() =>
        Sequence(Load("kustomization.yaml").Single(), "resources").SelectMany(f => Load(f.ToString()));

    private static YamlMappingNode DeploymentNamed(string name) =>
        Objects().Single(d => Scalar(d, "kind") == "Deployment" && Scalar(d, "metadata", "name") == name);

    private static IEnumerable<YamlMappingNode> AllObjects() => Objects().Concat(Load("secret.example.yaml"));

    private static List<YamlMappingNode> Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Folder, file));
        stream.Load(reader);
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode).ToList();
    }

    private static YamlMappingNode Container(YamlMappingNode deployment) =>
        (YamlMappingNode)Sequence(deployment, "spec", "template", "spec", "containers").Single();

    private static Dictionary<string, string> Env(YamlMappingNode container) =>
        Sequence(container, "env").Cast<YamlMappingNode>().ToDictionary(e => Scalar(e, "name"), e => Scalar(e, "value"));

    private static YamlNode Node(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return node;
    }

    private static string Scalar(YamlNode node, params string[] path)
    {
        try
        {
            return ((YamlScalarNode)Node(node, path)).Value ?? "";
        }
        catch (KeyNotFoundException)
        {
            return "";
        }
    }

    private static IEnumerable<YamlNode> Sequence(YamlNode node, params string[] path) => ((YamlSequenceNode)Node(node, path)).Children;

    private static Dictionary<string, string> Map(YamlNode node, params string[] path) =>
        ((YamlMappingNode)Node(node, path)).Children.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value.ToString());
}
