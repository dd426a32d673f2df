using System.Collections.Concurrent;

namespace SalesOpsAr.GitLab.Api;

/// <summary>Counts the GitLab API calls this process made, by endpoint class and status.</summary>
public sealed class GitLabCallMeter
{
    private readonly ConcurrentDictionary<string, long> _calls = new(StringComparer.Ordinal);

    public long Total => _calls.Values.Sum();

    public IReadOnlyDictionary<string, long> ByEndpoint => new Dictionary<string, long>(_calls);

    public void Record(string endpoint) => _calls.AddOrUpdate(endpoint, 1, (_, n) => n + 1);
}
