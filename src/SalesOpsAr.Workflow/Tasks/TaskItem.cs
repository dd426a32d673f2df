namespace SalesOpsAr.Workflow.Tasks;

/// <summary>One checkbox of a Markdown task list, with the headings it stands under, outermost first.</summary>
public sealed record TaskItem(string Text, bool Checked, IReadOnlyList<Heading> Sections)
{
    /// <summary>The nearest heading's text, or null.</summary>
    public string? Heading => Sections.Count > 0 ? Sections[^1].Text : null;
}
