using System.Reflection;

namespace SalesOpsAr.Worker.Platform.Telemetry;

/// <summary>The service's version (the assembly's informational version, without its commit suffix).</summary>
public static class ServiceVersion
{
    public static string Current { get; } =
        typeof(ServiceVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";
}
