namespace SalesOpsAr.Simulation;

/// <summary>A sliding-window rate limit, as GitLab's: at most N takes within any window.</summary>
public sealed class SlidingWindow
{
    private readonly Queue<DateTimeOffset> _taken = new();

    /// <returns>Null when taken; else when the window frees a place (the answer's <c>RateLimit-Reset</c>).</returns>
    public DateTimeOffset? TryTake(DateTimeOffset now, int limit, TimeSpan window)
    {
        lock (_taken)
        {
            while (_taken.Count > 0 && now - _taken.Peek() >= window)
            {
                _taken.Dequeue();
            }

            if (_taken.Count >= limit)
            {
                return _taken.Peek() + window;
            }

            _taken.Enqueue(now);
            return null;
        }
    }
}
