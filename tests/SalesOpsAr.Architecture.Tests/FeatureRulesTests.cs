using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace SalesOpsAr.Architecture.Tests;

/// <summary>
/// The house's one-way rule inside the host: Hosting → Features → Platform/Contracts → Workflow/GitLab. A failure names
/// the offending type and what it references.
/// </summary>
public sealed class FeatureRulesTests
{
    public static TheoryData<string> Features => [.. HostArchitecture.Features];

    [Theory]
    [MemberData(nameof(Features))]
    public void Feature_DependsOnNoOtherFeature(string feature)
    {
        var others = HostArchitecture.Features.Where(f => f != feature).Select(f => $"{HostArchitecture.Worker}.Features.{f}").ToArray();
        Types().That().ResideInNamespaceOrBelow($"{HostArchitecture.Worker}.Features.{feature}")
            .Should().NotDependOnAny(TypesIn(others))
            .Because("a feature talks to another only through Contracts (messages and ports) and Platform")
            .Check(HostArchitecture.Architecture);
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void Feature_DependsNotOnTheCompositionRoot(string feature) =>
        Types().That().ResideInNamespaceOrBelow($"{HostArchitecture.Worker}.Features.{feature}")
            .Should().NotDependOnAny(TypesIn($"{HostArchitecture.Worker}.Hosting", $"{HostArchitecture.Worker}.Cli"))
            .Check(HostArchitecture.Architecture);

    [Fact]
    public void Platform_KnowsNoFeature() =>
        Types().That().ResideInNamespaceOrBelow($"{HostArchitecture.Worker}.Platform")
            .Should().NotDependOnAny(TypesIn($"{HostArchitecture.Worker}.Features", $"{HostArchitecture.Worker}.Hosting", $"{HostArchitecture.Worker}.Cli"))
            .Because("Platform serves every feature and is replaced by none")
            .Check(HostArchitecture.Architecture);

    [Fact]
    public void Contracts_AreMessagesAndPortsOnly() =>
        Types().That().ResideInNamespaceOrBelow($"{HostArchitecture.Worker}.Contracts")
            .Should().NotDependOnAny(TypesIn(
                $"{HostArchitecture.Worker}.Features", $"{HostArchitecture.Worker}.Platform", $"{HostArchitecture.Worker}.Hosting", $"{HostArchitecture.Worker}.Cli"))
            .Check(HostArchitecture.Architecture);

    [Fact]
    public void Workflow_DoesNoIo() =>
        Types().That().ResideInNamespaceOrBelow("SalesOpsAr.Workflow")
            .Should().NotDependOnAny(TypesIn(
                "System.IO", "System.Net", "System.Data", "Microsoft.AspNetCore", "Microsoft.Extensions", "MassTransit", "RabbitMQ",
                "MailKit", "MimeKit", "Polly", "Serilog", "SalesOpsAr.GitLab", "SalesOpsAr.Salesforce", "SalesOpsAr.Scim", HostArchitecture.Worker))
            .Because("the rules are pure: records in, a plan out; I/O lives in the host")
            .Check(HostArchitecture.Architecture);

    private static IObjectProvider<IType> TypesIn(params string[] namespaces)
    {
        var types = Types().That().ResideInNamespaceOrBelow(namespaces[0]);
        foreach (var ns in namespaces.Skip(1))
        {
            types = types.Or().ResideInNamespaceOrBelow(ns);
        }

        return types;
    }
}
