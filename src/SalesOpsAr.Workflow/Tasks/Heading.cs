namespace SalesOpsAr.Workflow.Tasks;

/// <summary>
/// A heading of a description, with its depth: Markdown <c>#</c>…<c>######</c> are levels 1–6; a line that is
/// only bold text (<c>**Sales Ops to-do:**</c>) is level 7; a short line ending in <c>:</c> that stands alone is 8.
/// A heading's section runs until the next heading of its level or above, and holds the deeper ones.
/// </summary>
public sealed record Heading(string Text, int Level)
{
    public const int Bold = 7;
    public const int Colon = 8;
}
