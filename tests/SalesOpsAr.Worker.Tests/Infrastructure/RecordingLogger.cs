using Microsoft.Extensions.Logging;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>An <see cref="ILogger{T}"/> that writes each message, formatted, to the <see cref="LogBook"/>.</summary>
internal sealed class RecordingLogger<T>(LogBook book) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        book.Add(formatter(state, exception));
    }
}
