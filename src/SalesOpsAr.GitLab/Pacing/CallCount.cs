namespace SalesOpsAr.GitLab.Pacing;

/// <summary>The GitLab calls made in one async flow since <see cref="GitLabCallMeter.Count"/> (see there).</summary>
public sealed class CallCount : IDisposable
{
    private readonly Action<CallCount?> _restore;
    private long _calls;

    internal CallCount(CallCount? outer, Action<CallCount?> restore) => (Outer, _restore) = (outer, restore);

    public long Calls => Interlocked.Read(ref _calls);

    internal CallCount? Outer { get; }

    public void Dispose() => _restore(Outer);

    internal void Add() => Interlocked.Increment(ref _calls);
}
