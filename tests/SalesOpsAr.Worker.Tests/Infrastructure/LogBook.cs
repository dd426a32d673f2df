using System.Collections.Concurrent;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>What the classes of a <see cref="FeatureServices"/> logged, formatted, in order: for tests of what is said.</summary>
internal sealed class LogBook
{
    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyList<string> Messages => [.. _messages];

    public void Add(string message) => _messages.Enqueue(message);
}
