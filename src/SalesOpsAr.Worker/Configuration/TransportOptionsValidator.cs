using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Configuration;

/// <summary>Checks the <c>Transport</c> section at start.</summary>
internal sealed class TransportOptionsValidator : IValidateOptions<TransportOptions>
{
    public ValidateOptionsResult Validate(string? name, TransportOptions options)
    {
        var problems = new Problems();
        if (options.Kind == TransportKind.RabbitMq)
        {
            var ok = Uri.TryCreate(options.RabbitMq.Uri, UriKind.Absolute, out var uri) && uri.Scheme is "amqp" or "amqps";
            if (!ok)
            {
                problems.Add("Transport:RabbitMq:Uri", "must be an amqp:// or amqps:// URI such as amqp://user:pass@rabbitmq:5672/ when Transport:Kind is RabbitMq.");
            }
        }

        if (options.EntityPrefix.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            problems.Add("Transport:EntityPrefix", $"may hold only letters, digits, '-', '_' and '.', got '{options.EntityPrefix}'.");
        }

        if (options.ConcurrentMessageLimit is < 1 or > 1000)
        {
            problems.Add("Transport:ConcurrentMessageLimit", $"must be between 1 and 1000, got {options.ConcurrentMessageLimit}.");
        }

        if (options.Retries is < 0 or > 20)
        {
            problems.Add("Transport:Retries", $"must be between 0 and 20, got {options.Retries}.");
        }

        if (options.RetryInterval <= TimeSpan.Zero || options.RetryInterval > TimeSpan.FromMinutes(1))
        {
            problems.Add("Transport:RetryInterval", $"must be above zero and at most 00:01:00, got {options.RetryInterval}.");
        }

        if (options.PublishTimeout <= TimeSpan.Zero || options.PublishTimeout > TimeSpan.FromSeconds(9))
        {
            problems.Add("Transport:PublishTimeout", $"must be above zero and at most 00:00:09 (GitLab waits 10 s for an answer), got {options.PublishTimeout}.");
        }

        return problems.Result();
    }
}
