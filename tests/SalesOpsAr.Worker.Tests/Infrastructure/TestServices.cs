namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>Where the real services started by tests/run.sh listen (overridable by environment).</summary>
public static class TestServices
{
    /// <summary>The node <c>rabbitmqctl</c> talks to: <c>RABBITMQ_NODENAME</c>, else the one tests/services.sh starts.</summary>
    public static string RabbitMqNode => Environment.GetEnvironmentVariable("RABBITMQ_NODENAME") is { Length: > 0 } node ? node : "rabbit@localhost";

    public static string RabbitMqUri =>
        Environment.GetEnvironmentVariable("SALESOPSAR_TEST_RABBITMQ_URI") ?? "amqp://guest:guest@127.0.0.1:5672/";

    public static string Smtp => Environment.GetEnvironmentVariable("SALESOPSAR_TEST_SMTP") ?? "127.0.0.1:1025";

    public static string MailDevApi => Environment.GetEnvironmentVariable("SALESOPSAR_TEST_MAILDEV_API") ?? "http://127.0.0.1:1080";
}
