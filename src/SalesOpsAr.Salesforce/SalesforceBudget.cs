namespace SalesOpsAr.Salesforce;

/// <summary>
/// The org's daily API allowance as <c>Sforce-Limit-Info: api-usage=25/15000</c> tells it on every answer, and this
/// service's own calls over a rolling 24 hours (counted per hour: 24 counters, whatever the volume). It may call while its
/// own calls stay under <c>Salesforce__BudgetShare</c> of the allowance and Salesforce has not answered
/// <c>REQUEST_LIMIT_EXCEEDED</c> within the hour.
/// </summary>
public sealed class SalesforceBudget(double share, TimeProvider clock)
{
    private readonly object _gate = new();
    private readonly long[] _perHour = new long[24];
    private readonly long[] _hourOf = new long[24];
    private DateTimeOffset? _exceededAt;

    /// <summary>The org's calls in the last 24 hours, as Salesforce last said; -1 before any answer.</summary>
    public long OrgUsed { get; private set; } = -1;

    /// <summary>The org's daily allowance, as Salesforce last said; -1 before any answer.</summary>
    public long OrgMax { get; private set; } = -1;

    /// <summary>The share of the allowance this service may use.</summary>
    public double Share => share;

    /// <summary>This service's calls in the last 24 hours.</summary>
    public long OwnCalls
    {
        get
        {
            lock (_gate)
            {
                var hour = Hour(clock.GetUtcNow());
                return Enumerable.Range(0, 24).Where(i => _hourOf[i] > hour - 24).Sum(i => _perHour[i]);
            }
        }
    }

    /// <summary>The calls this service may make in 24 hours; -1 until Salesforce has said its allowance.</summary>
    public long OwnAllowance => OrgMax < 0 ? -1 : (long)Math.Floor(OrgMax * share);

    /// <summary>Why no call may be made now; null when one may.</summary>
    public SalesforceFailure? Refusal()
    {
        lock (_gate)
        {
            if (_exceededAt is { } at && clock.GetUtcNow() - at < TimeSpan.FromHours(1))
            {
                return SalesforceFailure.LimitExceeded;
            }
        }

        var allowance = OwnAllowance;
        return allowance >= 0 && OwnCalls >= allowance ? SalesforceFailure.ShareReached : null;
    }

    /// <summary>Counts one call leaving.</summary>
    public void Count()
    {
        lock (_gate)
        {
            var hour = Hour(clock.GetUtcNow());
            var slot = (int)(hour % 24);
            if (_hourOf[slot] != hour)
            {
                (_hourOf[slot], _perHour[slot]) = (hour, 0);
            }

            _perHour[slot]++;
        }
    }

    /// <summary>Reads <c>Sforce-Limit-Info</c> (<c>api-usage=25/15000</c>); anything else is ignored.</summary>
    public void Read(string? header)
    {
        const string Tag = "api-usage=";
        var at = header?.IndexOf(Tag, StringComparison.OrdinalIgnoreCase) ?? -1;
        if (at < 0)
        {
            return;
        }

        var value = header![(at + Tag.Length)..].Split(',', ';')[0].Trim();
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && long.TryParse(value[..slash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var used)
            && long.TryParse(value[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var max) && max > 0)
        {
            lock (_gate)
            {
                (OrgUsed, OrgMax) = (used, max);
            }
        }
    }

    /// <summary>Salesforce answered <c>REQUEST_LIMIT_EXCEEDED</c>: no call for an hour.</summary>
    public void Exceeded()
    {
        lock (_gate)
        {
            _exceededAt = clock.GetUtcNow();
        }
    }

    private static long Hour(DateTimeOffset at) => at.ToUnixTimeSeconds() / 3600;
}
