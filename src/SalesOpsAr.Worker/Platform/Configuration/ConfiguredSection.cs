namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>One bound and validated options section, so every problem of every section can be listed at once.</summary>
/// <param name="Path">The section's key (empty for top-level keys such as <c>Roles</c>).</param>
/// <param name="Resolve">Reads the options (which validates them): throws what the validators found.</param>
internal sealed record ConfiguredSection(string Path, Action<IServiceProvider> Resolve);
