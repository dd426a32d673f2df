using System.Globalization;
using System.Text;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Assisting;

/// <summary>
/// Renders the runbook note: one checklist per system the AR asks for, filled from the AR (the e-mail addresses as
/// one comma-separated line ready to paste, the role, the team), what is missing asked of the requester (by mention,
/// once), and similar past ARs. Everything quoted from an AR goes in as code or inert text (<see cref="NoteText"/>).
/// </summary>
public static class RunbookNote
{
    /// <summary>Opens the hidden marker of every runbook note.</summary>
    public const string Marker = PlanNote.MarkerPrefix + " runbook";

    private const string AskedTag = " asked=";

    public static bool IsRunbook(string? body) => body?.Contains(Marker, StringComparison.Ordinal) == true;

    /// <summary>The runbook note asked the requester for missing details.</summary>
    public static bool Asked(string? body) => IsRunbook(body) && body!.Contains(AskedTag, StringComparison.Ordinal);

    /// <summary>What the runbooks need that the AR does not give.</summary>
    public static IReadOnlyList<RunbookGap> Gaps(ArRequest request, IEnumerable<Runbook> runbooks)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(runbooks);
        var gaps = new List<RunbookGap>();
        foreach (var runbook in runbooks)
        {
            if (request.EmailLine.Length == 0 && runbook.Steps.Any(s => s.Contains("{emails}", StringComparison.OrdinalIgnoreCase))
                && !gaps.Any(g => g.Need == RunbookGap.EmailAddresses))
            {
                gaps.Add(new(runbook.System, RunbookGap.EmailAddresses));
            }

            gaps.AddRange(runbook.Needs.Where(n => request.ValueFor(runbook.System, n, runbook.Defaults).IsMissing).Select(n => new RunbookGap(runbook.System, n)));
        }

        return gaps;
    }

    /// <summary>The most planned users the note lists; the rest are counted.</summary>
    public const int MaxUsersListed = 50;

    // The Salesforce users the AR asks for, one row a person, every value as code (it came from the AR or the mapping).
    private static void UsersTable(StringBuilder note, IReadOnlyList<Provisioning.PlannedUser> users)
    {
        if (users.Count == 0)
        {
            return;
        }

        note.Append("\n**Salesforce users to create**, from the AR and the operator's mapping (check them before creating):\n\n")
            .Append("| Person | Username | First name | Last name | Alias | Profile | Role | Time zone | Locale | |\n")
            .Append("|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var user in users.Take(MaxUsersListed))
        {
            note.Append("| ").Append(Cell(user.Person)).Append(" | ").Append(Cell(user.Username)).Append(" | ").Append(Cell(user.FirstName))
                .Append(" | ").Append(Cell(user.LastName)).Append(" | ").Append(Cell(user.Alias)).Append(" | ").Append(Cell(user.Profile))
                .Append(" | ").Append(Cell(user.Role)).Append(" | ").Append(Cell(user.TimeZone)).Append(" | ").Append(Cell(user.Locale)).Append(" | ")
                .Append(user.Existing switch
                {
                    Provisioning.ExistingUser.Active => "has an active user",
                    Provisioning.ExistingUser.Inactive => "would reactivate",
                    _ => user.Ready ? "ready" : "✗ " + string.Join("; ", user.Problems),
                }).Append(" |\n");
        }

        if (users.Count > MaxUsersListed)
        {
            note.Append("\n_and ").Append((users.Count - MaxUsersListed).ToString(CultureInfo.InvariantCulture)).Append(" more people: see the AR._\n");
        }
    }

    // A table cell: code (inert), its pipes escaped so the row holds; a dash for nothing.
    private static string Cell(string? value) => value is null ? "—" : NoteText.Code(value.Length > 120 ? value[..120] + "…" : value).Replace("|", "\\|", StringComparison.Ordinal);

    public static string Render(RunbookNoteInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = input.Request;
        var note = new StringBuilder();
        note.Append("**Sales Ops AR bot — runbook** for ").Append(Who(request)).Append(": ")
            .AppendJoin(" · ", input.Runbooks.Select(r => NoteText.Inline(r.System)))
            .Append(". Tick the steps as you go; values in `code` come from the AR.\n");
        if (RunbookProgress.Line(input.Progress) is { } progress)
        {
            note.Append(progress).Append('\n');
        }

        if (input.Seats.Count > 0)
        {
            note.Append("**Salesforce seats** at the last sweep: ")
                .AppendJoin(" · ", input.Seats.Take(10).Select(s => s.IsSane ? string.Create(CultureInfo.InvariantCulture, $"{NoteText.Code(s.Licence)} {s.Used:N0} of {s.Total:N0} used, {s.Free:N0} free") : $"{NoteText.Code(s.Licence)} not counted sensibly"))
                .Append(input.SeatsWaiting switch { 0 => ".", 1 => "; 1 AR waits for a seat.", var n => $"; {n} ARs wait for a seat." })
                .Append('\n');
        }

        if (request.Unreadable.Count > 0)
        {
            note.Append("**Not read as e-mail addresses**, so in no line to paste (check them in the AR): ")
                .AppendJoin(", ", request.Unreadable.Select(NoteText.Code)).Append('\n');
        }

        foreach (var runbook in input.Runbooks)
        {
            note.Append("\n#### ").Append(NoteText.Inline(runbook.System)).Append('\n');
            if (runbook.IsPlaceholder)
            {
                note.Append("_No steps yet: the handbook's ").Append(NoteText.Inline(runbook.System))
                    .Append(" section is empty. An operator can add them to the runbooks file._\n");
                if (request.Asks.TryGetValue(runbook.System, out var asks))
                {
                    note.Append("The AR asks: ").AppendJoin("; ", asks.Take(MaxAsksQuoted).Select(a => NoteText.Code(Clip(a))))
                        .Append(asks.Count > MaxAsksQuoted ? $"; and {asks.Count - MaxAsksQuoted} more in the AR" : "").Append('\n');
                }

                continue;
            }

            foreach (var step in runbook.Steps)
            {
                note.Append("- [ ] ").Append(Fill(step, runbook, request)).Append('\n');
            }
        }

        UsersTable(note, input.SalesforceUsers);
        var gaps = Gaps(request, input.Runbooks);
        if (gaps.Count > 0)
        {
            var what = string.Join("; ", gaps.Select(g => g.Need == RunbookGap.EmailAddresses ? "the e-mail addresses of the people to invite" : $"{NoteText.Inline(g.System)} {NoteText.Inline(g.Need)}"));
            note.Append("\n**Missing details:** ");
            if (!input.AskedBefore && IsUsername(input.Requester))
            {
                note.Append('@').Append(input.Requester).Append(", please add to the AR: ").Append(what).Append('.');
            }
            else
            {
                note.Append("the AR does not give ").Append(what).Append('.');
            }

            note.Append('\n');
        }

        if (input.PrecedentRole is { } role)
        {
            note.Append("\n**Similar past ARs** for ").Append(NoteText.Code(role)).Append(':');
            if (input.Precedents.Count == 0)
            {
                note.Append(" none found among the Completed ARs.\n");
            }
            else
            {
                note.Append('\n');
                foreach (var past in input.Precedents)
                {
                    note.Append("- ").Append(Link(past)).Append(' ').Append(NoteText.Inline(past.Title));
                    if (past.Given.Count > 0)
                    {
                        note.Append(" — ").AppendJoin("; ", past.Given.Select(g => $"{NoteText.Inline(g.Key)}: {NoteText.Code(g.Value)}"));
                    }

                    note.Append('\n');
                }
            }
        }

        note.Append('\n').Append(Marker);
        if (input.ChangeKey is { } key)
        {
            note.Append(' ').Append(PlanNote.KeyOf(key));
        }

        if (gaps.Count > 0 && !input.AskedBefore && IsUsername(input.Requester))
        {
            note.Append(AskedTag).Append(string.Join(',', gaps.Select(g => MarkerWord(g.System) + "/" + MarkerWord(g.Need))));
        }

        note.Append(" -->");
        return NoteText.Guard(Fit(note.ToString()));
    }

    /// <summary>GitLab takes notes up to 1,000,000 characters; a runbook note is kept well under it.</summary>
    public const int MaxLength = 990_000;

    private const int MaxValue = 300;
    private const int MaxAsksQuoted = 20;
    private const int MaxNamesLength = 2_000;

    private static string Clip(string text, int max = MaxValue) => text.Length <= max ? text : text[..max] + "…";

    // Whatever the AR holds, the note fits: cut before the marker (the bot's memory stays whole), and say so.
    private static string Fit(string note)
    {
        if (note.Length <= MaxLength)
        {
            return note;
        }

        var marker = note.LastIndexOf("\n" + Marker, StringComparison.Ordinal);
        const string Cut = "\n\n_The runbook is cut here: GitLab takes a note of 1,000,000 characters at most; the rest is in the AR._\n";
        return note[..(MaxLength - Cut.Length - (note.Length - marker))] + Cut + note[marker..];
    }

    private static string Who(ArRequest request)
    {
        var people = request.People;
        if (people.Count == 0)
        {
            return "this AR (it names nobody the bot can read)";
        }

        var named = people.Select(p => NoteText.Inline(Clip(p.Name ?? p.Email ?? "someone", 80))).ToList();
        var shown = named.Count <= 5 ? string.Join(", ", named) : string.Join(", ", named.Take(5)) + $" and {named.Count - 5} more";
        return $"{people.Count} {(people.Count == 1 ? "person" : "people")} ({shown})";
    }

    // A step with its {placeholders} filled: values from the AR as code, defaults marked, missing ones in bold; the values
    // taken from the people's job titles and teams are named once, at the step's end, to be checked.
    private static string Fill(string step, Runbook runbook, ArRequest request)
    {
        var filled = new StringBuilder(step.Length + 32);
        var fromPeople = new List<string>();
        var at = 0;
        while (at < step.Length)
        {
            var open = step.IndexOf('{', at);
            var close = open < 0 ? -1 : step.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                filled.Append(step, at, step.Length - at);
                break;
            }

            filled.Append(step, at, open - at);
            var name = step[(open + 1)..close].Trim();
            filled.Append(Value(name, runbook, request, out var ofPeople));
            if (ofPeople)
            {
                fromPeople.Add(NoteText.Inline(name));
            }

            at = close + 1;
        }

        if (fromPeople.Count > 0)
        {
            filled.Append(" _(").Append(string.Join(" and ", fromPeople)).Append(" from the people's job titles and teams in the AR: check)_");
        }

        return filled.ToString();
    }

    private static string Value(string name, Runbook runbook, ArRequest request, out bool fromPeople)
    {
        fromPeople = false;
        if (name.Equals("emails", StringComparison.OrdinalIgnoreCase))
        {
            var more = request.EmailCount - ArRequest.MaxEmailsInLine;
            return request.EmailLine.Length == 0 ? "**(no e-mail addresses in the AR: asked below)**"
                : NoteText.Code(request.EmailLine) + (more > 0 ? $" (the first {ArRequest.MaxEmailsInLine}; {more} more in the AR)" : "");
        }

        if (name.Equals("names", StringComparison.OrdinalIgnoreCase))
        {
            var names = request.People.Select(p => p.Name).OfType<string>().ToList();
            return names.Count > 0 ? NoteText.Code(Clip(string.Join(", ", names), MaxNamesLength)) : "**(no names in the AR)**";
        }

        var value = request.ValueFor(runbook.System, name, runbook.Defaults);
        fromPeople = value.Source == RunbookValueSource.People;
        return value.Source switch
        {
            RunbookValueSource.Ar or RunbookValueSource.People => NoteText.Code(Clip(value.Value ?? "")),
            RunbookValueSource.Default => NoteText.Code(Clip(value.Value ?? "")) + " (unless the AR says otherwise)",
            _ => $"**(no {NoteText.Inline(name)} in the AR: asked below)**",
        };
    }

    private static string Link(Precedent past) =>
        past.WebUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            && !url.Any(c => char.IsWhiteSpace(c) || c is '(' or ')' or '<' or '>')
            ? $"[#{past.Iid}]({url})"
            : $"#{past.Iid}";

    private static bool IsUsername(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 255 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-');

    private static string MarkerWord(string text) =>
        new([.. text.Where(c => char.IsAsciiLetterOrDigit(c) || c == ' ').Take(40).Select(c => c == ' ' ? '_' : c)]);
}
