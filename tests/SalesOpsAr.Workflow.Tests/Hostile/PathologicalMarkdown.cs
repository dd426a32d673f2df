using System.Text;

namespace SalesOpsAr.Workflow.Tests.Hostile;

/// <summary>
/// Generated Markdown that makes backtracking parsers take super-linear time: long blank runs after a heading, runs
/// of hashes, nested quotes and lists, comment and fence runs, huge task lists, long mention runs. Each generator
/// makes a text of about the length asked for.
/// </summary>
public static class PathologicalMarkdown
{
    public static IReadOnlyDictionary<string, Func<int, string>> Generators { get; } = new Dictionary<string, Func<int, string>>
    {
        ["heading, a run of blanks, a letter"] = n => "# a" + new string(' ', n) + "b\n- [x] SFDC: profile",
        ["a run of hashes"] = n => new string('#', n) + "\n- [ ] Clari",
        ["heading of hashes and blanks"] = n => "# " + Repeat("# ", n / 2) + "x",
        ["a run of tabs before a bullet"] = n => new string('\t', n) + "- [x] Chorus",
        ["nested quotes"] = n => Repeat("> ", n / 2) + "- [x] SFDC",
        ["nested lists"] = n => string.Concat(Enumerable.Range(0, n / 40).Select(i => new string(' ', i % 40) + "- [ ] SFDC item\n")),
        ["a task list of the given length"] = n => Repeat("- [x] Salesforce: Account Executive profile\n", n / 44),
        ["comment openers without a close"] = n => Repeat("<!--", n / 4) + "\n- [x] SFDC",
        ["comments open and closed on one line"] = n => Repeat("<!---->", n / 7) + "- [x] SFDC",
        ["fence runs"] = n => Repeat("```\n", n / 4),
        ["one long fence"] = n => new string('`', n) + "\n- [x] SFDC\n" + new string('`', n),
        ["bullets without a box"] = n => Repeat("- [", n / 3),
        ["digits before a box"] = n => new string('9', n) + ". [x] SFDC",
        ["a run of mentions"] = n => Repeat("@a", n / 2),
        ["addresses glued together"] = n => Repeat("a@b.c", n / 5),
        ["one table row of many cells"] = n => "| Name | Email |\n|---|---|\n|" + Repeat(" x@y.z |", n / 8),
        ["a table of many rows"] = n => "| Name | Email | Title |\n|---|---|---|\n" + string.Concat(Enumerable.Range(0, n / 30).Select(i => $"| P{i} | p{i}@x.io | AE |\n")),
        ["key-value lines"] = n => Repeat("**Chorus License Type:** x\n", n / 28),
        ["colons without keys"] = n => new string(':', n),
        ["mentions glued to words"] = n => Repeat("x@y.", n / 4),
        ["addresses with a dot before the @ on one line"] = n => "- " + Repeat("aa.@e.co ", n / 9), // read as aa@e.co: each must not send a search back over the line
        ["addresses broken by invisible characters"] = n => "- " + Repeat("j\u200Bane\u00AD.doe@exa\u200Dmple.com ", n / 24),
        ["addresses with a non-Latin letter, listed as unreadable"] = n => "- " + Repeat("jane@exämple.com ", n / 17),
        ["one word of many ats and dots"] = n => "a" + Repeat("@b.", n / 3),
        ["non-Latin letters glued to addresses"] = n => Repeat("ö@e.coö", n / 7),
        ["a keyword almost everywhere"] = n => Repeat("Clarify ", n / 8) + "Clari",
        ["a keyword glued to letters"] = n => Repeat("SFDCx", n / 5),
        ["lone carriage returns"] = n => Repeat("\r", n) + "- [x] SFDC",
    };

    private static string Repeat(string unit, int times) => new StringBuilder(unit.Length * Math.Max(times, 0)).Insert(0, unit, Math.Max(times, 0)).ToString();
}
