namespace SalesOpsAr.Workflow.Assisting;

/// <summary>
/// Finds e-mail addresses in text with one pass around each <c>@</c>: a local part of letters, digits and
/// <c>._%+-</c>, a domain of labels with at least one dot ending in a letter. Linear in the text; no regex.
/// </summary>
public static class Emails
{
    public static IEnumerable<string> In(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        for (var at = text.IndexOf('@', StringComparison.Ordinal); at >= 0; at = text.IndexOf('@', at + 1))
        {
            var start = at;
            while (start > 0 && IsLocal(text[start - 1]))
            {
                start--;
            }

            var end = at + 1;
            while (end < text.Length && IsDomain(text[end]))
            {
                end++;
            }

            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            var local = text[start..at].Trim('.');
            var domain = text[(at + 1)..end];
            var dot = domain.LastIndexOf('.');
            if (local.Length > 0 && dot > 0 && dot < domain.Length - 1 && char.IsAsciiLetter(domain[^1]))
            {
                yield return local + "@" + domain;
            }
        }
    }

    private static bool IsLocal(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsDomain(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';
}
