using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Platform.Bus;

/// <summary>The checks of <see cref="TransportOptions"/> that annotations cannot say.</summary>
internal sealed class TransportOptionsChecks : IValidateOptions<TransportOptions>
{
    public ValidateOptionsResult Validate(string? name, TransportOptions options)
    {
        var problems = new ValidateOptionsResultBuilder();
        if (options.Kind == TransportKind.RabbitMq
            && !(Uri.TryCreate(options.RabbitMq.Uri, UriKind.Absolute, out var uri) && uri.Scheme is "amqp" or "amqps"))
        {
            problems.AddError("must be an amqp:// or amqps:// URI such as amqp://user:pass@rabbitmq:5672/ when Transport:Kind is RabbitMq.", "Transport:RabbitMq:Uri");
        }

        if (options.EntityPrefix.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            problems.AddError($"may hold only letters, digits, '-', '_' and '.', got '{options.EntityPrefix}'.", "Transport:EntityPrefix");
        }

        return problems.Build();
    }
}
