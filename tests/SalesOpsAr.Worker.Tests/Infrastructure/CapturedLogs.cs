using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>A Serilog sink that keeps every event the host writes, rendered, for assertions.</summary>
public sealed class CapturedLogs : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public IReadOnlyList<string> Messages => _events.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>Everything written: messages, properties and exceptions, one string.</summary>
    public string All() => string.Join('\n', _events.Select(e =>
        e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + " " +
        string.Join(' ', e.Properties.Select(p => $"{p.Key}={p.Value}")) + " " + e.Exception));
}
