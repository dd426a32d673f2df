namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>
/// Waits for asynchronous work (a message crossing the broker) to show, up to a generous bound.
/// A bound on waiting, not a timing assertion: the test fails only if the outcome never shows.
/// </summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<T> probe, Func<T, bool> done, string what, int seconds = 30)
    {
        var deadline = Environment.TickCount64 + seconds * 1000L;
        while (true)
        {
            var value = probe();
            if (done(value))
            {
                return value;
            }

            if (Environment.TickCount64 > deadline)
            {
                throw new Xunit.Sdk.XunitException($"Waited {seconds} s for {what}; last seen: {Describe(value)}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>
    /// Returns once the bus is idle (every message sent was handled, retries included) and no echo webhook is on its way:
    /// the signal a "nothing more happens" check waits for. Fails the test when that never comes.
    /// </summary>
    public static Task Idle(BusActivity bus, FakeGitLab? gitLab = null, int seconds = 60) =>
        Until(() => bus.IsIdle && (gitLab?.EchoesInFlight ?? 0) == 0, idle => idle, $"the bus to be idle ({bus.Describe()}, {gitLab?.EchoesInFlight ?? 0} echo(es) in flight)", seconds);

    private static string Describe<T>(T value) =>
        value is System.Collections.IEnumerable list and not string ? "[" + string.Join(", ", list.Cast<object>()) + "]" : $"{value}";
}
