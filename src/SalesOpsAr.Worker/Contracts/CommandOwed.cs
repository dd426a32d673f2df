namespace SalesOpsAr.Worker.Contracts;

/// <summary>A person's command to the bot on an AR (<c>provision salesforce</c>, <c>verify</c>), to act on once (#24).</summary>
public sealed record CommandOwed
{
    public required long ProjectId { get; init; }
    public required long Iid { get; init; }

    /// <summary>The command as text (<see cref="Workflow.Provisioning.BotCommand"/>'s form).</summary>
    public required string Command { get; init; }

    /// <summary>The GitLab username of who gave it: the rights are checked against it.</summary>
    public required string By { get; init; }

    /// <summary>The note's id and the command's place in it: the answer's marker carries it, so a retry writes nothing twice.</summary>
    public required string Key { get; init; }

    /// <summary>The triggering event's <c>X-Gitlab-Event-UUID</c>, sent back on the calls.</summary>
    public string? EventUuid { get; init; }
}
