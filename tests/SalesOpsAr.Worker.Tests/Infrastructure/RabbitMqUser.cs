using System.Diagnostics;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>A broker user with a password unique to one test (made with the broker's CLI), removed afterwards.</summary>
public sealed class RabbitMqUser : IAsyncDisposable
{
    private RabbitMqUser(string name, string password) => (Name, Password) = (name, password);

    public string Name { get; }

    public string Password { get; }

    public string Uri => $"amqp://{Name}:{Password}@127.0.0.1:5672/";

    public static async Task<RabbitMqUser> CreateAsync()
    {
        var user = new RabbitMqUser($"salesopsar-{Guid.NewGuid():N}"[..24], "pw-" + Guid.NewGuid().ToString("N"));
        await CtlAsync("add_user", user.Name, user.Password);
        await CtlAsync("set_permissions", "-p", "/", user.Name, ".*", ".*", ".*");
        return user;
    }

    public async ValueTask DisposeAsync() => await CtlAsync("delete_user", Name);

    private static async Task CtlAsync(params string[] args)
    {
        var start = new ProcessStartInfo("rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["RABBITMQ_NODENAME"] = TestServices.RabbitMqNode;
        start.ArgumentList.Add("-q");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {args[0]} failed: {error}");
        }
    }
}
