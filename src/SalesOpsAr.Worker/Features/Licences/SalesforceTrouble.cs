using System.Diagnostics.Metrics;
using SalesOpsAr.Salesforce;

namespace SalesOpsAr.Worker.Features.Licences;

/// <summary>
/// Says a Salesforce failure once per kind until a call succeeds again, whoever meets it (the sweep's read, a pickup's
/// check): one log line per kind of failure, never one per AR or per sweep.
/// </summary>
internal sealed partial class SalesforceTrouble
{
    private readonly Lock _gate = new();
    private readonly ILogger<SalesforceTrouble> _logger;
    private readonly Counter<long> _failures;
    private SalesforceFailure? _last;

    public SalesforceTrouble(ILogger<SalesforceTrouble> logger, IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _logger = logger;
        _failures = meters.Create(Platform.Telemetry.SalesOpsArMetrics.MeterName)
            .CreateCounter<long>("salesopsar.salesforce.failures", description: "Salesforce calls that failed, by kind (Unavailable, LimitExceeded, ShareReached, SessionRefused, …)");
    }

    public void Failed(SalesforceException failure, string doing)
    {
        ArgumentNullException.ThrowIfNull(failure);
        _failures.Add(1, new KeyValuePair<string, object?>("kind", failure.Failure.ToString()));
        lock (_gate)
        {
            if (_last == failure.Failure)
            {
                return;
            }

            _last = failure.Failure;
        }

        Said(_logger, failure.Failure, doing, failure.Message);
    }

    public void Succeeded()
    {
        lock (_gate)
        {
            if (_last is null)
            {
                return;
            }

            _last = null;
        }

        Recovered(_logger);
    }

    [LoggerMessage(EventId = 700, Level = LogLevel.Warning, Message = "Salesforce not read ({Failure}) while {Doing}: {Reason}. Nothing is held or released on it; the seats last read stay shown; said once until a read succeeds")]
    private static partial void Said(ILogger logger, SalesforceFailure failure, string doing, string reason);

    [LoggerMessage(EventId = 701, Level = LogLevel.Information, Message = "Salesforce seats read again")]
    private static partial void Recovered(ILogger logger);
}
