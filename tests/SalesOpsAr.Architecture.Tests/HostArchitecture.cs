using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace SalesOpsAr.Architecture.Tests;

/// <summary>
/// The service's assemblies as ArchUnitNET reads them, loaded once, and the folder a type lives in: the namespace
/// segment after <c>SalesOpsAr.Worker</c>, and under a tier folder (<c>Features</c>, <c>Platform</c>) the next one too,
/// as <c>shared/tools/folder-graph.py</c> counts them.
/// </summary>
internal static class HostArchitecture
{
    public const string Worker = "SalesOpsAr.Worker";

    public static readonly IReadOnlyList<string> Features = ["Receiving", "Reconciling", "Noting", "Assisting", "Sweeping", "Notifying", "Status", "Licences", "Provisioning", "Interacting"];

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Loaded = new(() => new ArchLoader()
        .LoadAssemblies(typeof(Program).Assembly, typeof(Workflow.Reconciling.ArRules).Assembly, typeof(GitLab.GitLabOptions).Assembly, typeof(Salesforce.SalesforceOptions).Assembly, typeof(Scim.ScimOptions).Assembly)
        .Build());

    public static ArchUnitNET.Domain.Architecture Architecture => Loaded.Value;

    /// <summary>The Worker folder of a namespace (<c>Features/Sweeping</c>, <c>Contracts</c>); null outside the Worker.</summary>
    public static string? FolderOf(string? ns)
    {
        if (ns is null || !ns.StartsWith(Worker + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = ns[(Worker.Length + 1)..].Split('.');
        return parts[0] is "Features" or "Platform" && parts.Length > 1 ? $"{parts[0]}/{parts[1]}" : parts[0];
    }

    /// <summary>Every reference from a Worker type to a type in another Worker folder, as (from folder, to folder, from type, to type).</summary>
    public static IEnumerable<(string From, string To, string FromType, string ToType)> FolderReferences() =>
        from type in Architecture.Types
        let source = FolderOf(type.Namespace.FullName)
        where source is not null
        from dependency in type.Dependencies
        let target = FolderOf(dependency.Target.Namespace?.FullName)
        where target is not null && target != source
        select (source, target, type.FullName, dependency.Target.FullName);
}
