using System.Text;

namespace SalesOpsAr.Workflow.Labels;

/// <summary>
/// Folds a label title to a comparison key: case and white space do not matter, so
/// <c>salesopsar :: on  hold</c> and <c>SalesOpsAR::On Hold</c> are the same label to the rules.
/// </summary>
public static class LabelKey
{
    public static string Of(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var key = new StringBuilder(title.Length);
        foreach (var c in title)
        {
            if (!char.IsWhiteSpace(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }
}
