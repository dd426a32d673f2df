using SalesOpsAr.Workflow.Absence;

namespace SalesOpsAr.Worker.Contracts;

/// <summary>What a finished sweep saw: the open ARs, who is out of office, and how the sweep went. The status page's source.</summary>
public sealed record SweepReport
{
    public required DateTimeOffset SweptAt { get; init; }
    public bool DryRun { get; init; }
    public TimeSpan Duration { get; init; }
    public long GitLabCalls { get; init; }

    /// <summary>ARs the sweep could not handle (tried again at the next one).</summary>
    public int Failures { get; init; }

    /// <summary>The open Sales Ops ARs, as the sweep saw them.</summary>
    public IReadOnlyList<OpenAr> Board { get; init; } = [];

    /// <summary>Out-of-office readings by username, as the sweep read them.</summary>
    public IReadOnlyDictionary<string, OutOfOffice> Absent { get; init; } = new Dictionary<string, OutOfOffice>();

    /// <summary>The webhook as last seen, in words.</summary>
    public string Webhook { get; init; } = "";
}
