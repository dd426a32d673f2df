using System.ComponentModel.DataAnnotations;

namespace SalesOpsAr.Worker.Features.Assisting;

/// <summary>The <c>Assistant</c> section: the runbook note posted when an AR is picked up.</summary>
public sealed class AssistantOptions
{
    public const string Section = "Assistant";

    /// <summary>Post the runbook note on ARs entering In Progress and on <c>@bot runbook</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>An operator's runbooks file (YAML); empty: the handbook's, built in (<c>deploy/runbooks.yaml</c>).</summary>
    public string RunbooksFile { get; set; } = "";

    /// <summary>How many similar Completed ARs the note lists (0: none, and no search).</summary>
    [Range(0, 10)]
    public int Precedents { get; set; } = 3;

    /// <summary>How long one search for a role's Completed ARs is reused.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan PrecedentCache { get; set; } = TimeSpan.FromMinutes(10);
}
