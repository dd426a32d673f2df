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

    /// <summary>Lets in-flight work (echoes, retries) land, then returns: for "nothing more happens" checks.</summary>
    public static Task Settle(int milliseconds = 1500) => Task.Delay(milliseconds);

    private static string Describe<T>(T value) =>
        value is System.Collections.IEnumerable list and not string ? "[" + string.Join(", ", list.Cast<object>()) + "]" : $"{value}";
}
