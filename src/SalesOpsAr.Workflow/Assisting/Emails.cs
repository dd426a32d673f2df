namespace SalesOpsAr.Workflow.Assisting;

/// <summary>
/// Finds e-mail addresses in text with one pass around each <c>@</c>: a local part of letters, digits and
/// <c>._%+-</c>, a domain of labels with at least one dot ending in a letter. Invisible characters (zero-width spaces,
/// soft hyphens, bidi controls) inside an address are not part of it: people do not see them, so the address to paste
/// is the one they see. An address glued to a letter it may not hold (<c>jöhn@example.com</c>) is none: its readable part
/// is not what people see; <see cref="Unreadable"/> lists such words. Linear in the text; no regex: each character is
/// looked at a bounded number of times.
/// </summary>
public static class Emails
{
    public static IEnumerable<string> In(string? text) => Find(text).Select(m => m.Address);

    /// <summary>Every address with where it stands in <paramref name="text"/>, in order; the spans do not overlap.</summary>
    public static IEnumerable<EmailMatch> Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var taken = 0; // the end of the last address: a local part never reaches back past it
        for (var at = text.IndexOf('@', StringComparison.Ordinal); at >= 0; at = text.IndexOf('@', at + 1))
        {
            var start = at;
            while (start > taken && (IsLocal(text[start - 1]) || IsInvisible(text[start - 1])))
            {
                start--;
            }

            var end = at + 1;
            while (end < text.Length && (IsDomain(text[end]) || IsInvisible(text[end])))
            {
                end++;
            }

            // A letter the address may not hold right against it (jöhn@example.com, jane@exämple.com): what people see is
            // not the part that could be read, so it is no address to paste (Unreadable lists it).
            var glued = (end < text.Length && char.IsLetterOrDigit(text[end])) || (start > taken && char.IsLetterOrDigit(text[start - 1]));
            while (end > at + 1 && (text[end - 1] is '.' or '-' || IsInvisible(text[end - 1])))
            {
                end--;
            }

            var local = Visible(text, start, at).Trim('.');
            var domain = Visible(text, at + 1, end);
            var dot = domain.LastIndexOf('.');
            // RFC 5321: a local part of 64 characters at most, an address of 254: anything longer is no address to paste.
            if (!glued && local.Length is > 0 and <= 64 && local.Length + domain.Length < 254 && dot > 0 && dot < domain.Length - 1 && char.IsAsciiLetter(domain[^1]))
            {
                taken = end;
                yield return new EmailMatch(local + "@" + domain, start, end);
            }
        }
    }

    /// <summary>
    /// Words that look meant as an address (text before an <c>@</c>, a dot after it) but hold none the finder can read —
    /// a non-Latin letter, say: the note lists them instead of dropping them. In order, each once; linear in the text.
    /// </summary>
    public static IEnumerable<string> Unreadable(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var start = 0;
        var hasAt = false;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsBreak(text[i]))
            {
                hasAt |= text[i] == '@';
                continue;
            }

            if (hasAt && Meant(text.AsSpan(start, i - start).Trim("*_:.!?")) is { } word && seen.Add(word))
            {
                yield return word;
            }

            (start, hasAt) = (i + 1, false);
        }
    }

    // A word with text before its @ and a dot after, and no address in it: cut to 100 characters for the note.
    private static string? Meant(ReadOnlySpan<char> word)
    {
        var at = word.IndexOf('@');
        if (at <= 0 || word[(at + 1)..].IndexOf('.') <= 0)
        {
            return null;
        }

        var text = word.ToString();
        return Find(text).Any() ? null : text.Length <= 100 ? text : text[..100] + "…";
    }

    private static bool IsBreak(char c) => char.IsWhiteSpace(c) || c is ',' or ';' or '|' or '<' or '>' or '(' or ')' or '[' or ']' or '"' or '\'' or '`';

    /// <summary>Characters people do not see: zero-width spaces and joiners, soft hyphens, word joiners, bidi controls, BOM.</summary>
    public static bool IsInvisible(char c) =>
        c is '\u00AD' or '\u180E' or '\uFEFF' or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u2069');

    private static string Visible(string text, int from, int to)
    {
        var span = text.AsSpan(from, to - from);
        return span.IndexOfAnyInRange('\u00AD', '\uFEFF') < 0 ? span.ToString() : string.Concat(span.ToString().Where(c => !IsInvisible(c)));
    }

    private static bool IsLocal(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsDomain(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';
}
