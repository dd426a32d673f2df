namespace SalesOpsAr.Workflow.Tasks;

/// <summary>One checkbox of a Markdown task list, with the heading it stands under.</summary>
public sealed record TaskItem(string Text, bool Checked, string? Heading);
