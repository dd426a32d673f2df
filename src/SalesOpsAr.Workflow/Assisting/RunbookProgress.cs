using SalesOpsAr.Workflow.Settings;
using SalesOpsAr.Workflow.Tasks;
using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Assisting;

/// <summary>
/// Progress per person on a bulk AR: Sales Ops' tasks that name a person (their name or address, in the task or in a
/// heading above it, such as <c>#### Jane Doe</c>), ticked of all. Shown in the runbook note's summary line and kept
/// current as the tasks are ticked. Read for up to <see cref="MaxPeople"/> people: beyond that the line says nothing useful.
/// </summary>
public sealed class RunbookProgress(WorkflowSettings settings)
{
    public const int MaxPeople = 50;

    private const string Opening = "Progress per person: ";

    private readonly SalesOpsTasks _tasks = new(settings);

    public IReadOnlyList<PersonProgress> Of(ArRequest request, string? description)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.People.Count is < 2 or > MaxPeople || !TaskListParser.CanParse(description))
        {
            return [];
        }

        var ours = TaskListParser.Parse(description).Items.Where(i => _tasks.OwnerOf(i) == TaskOwner.SalesOps).ToList();
        var progress = new List<PersonProgress>();
        foreach (var person in request.People)
        {
            var mine = ours.Where(i => Names(i.Text, person) || i.Sections.Any(h => Names(h.Text, person))).ToList();
            if (mine.Count > 0)
            {
                progress.Add(new(person.Name ?? person.Email!, mine.Count(i => i.Checked), mine.Count));
            }
        }

        return progress;
    }

    /// <summary>The progress line, or null when no task names a person.</summary>
    public static string? Line(IReadOnlyList<PersonProgress> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return progress.Count == 0 ? null
            : Opening + string.Join(" · ", progress.Select(p => $"{NoteText.Inline(p.Person)} {p.Ticked}/{p.Total}{(p.Ticked == p.Total ? " ✓" : "")}"));
    }

    /// <summary>The runbook note with its progress line (the second line) set to <paramref name="line"/>; the note as it was when nothing changes.</summary>
    public static string WithLine(string note, string? line)
    {
        ArgumentNullException.ThrowIfNull(note);
        var lines = note.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith(Opening, StringComparison.Ordinal));
        if (at >= 0)
        {
            if (line is null)
            {
                lines.RemoveAt(at);
            }
            else
            {
                lines[at] = line;
            }
        }
        else if (line is not null)
        {
            lines.Insert(1, line);
        }

        return NoteText.Guard(string.Join('\n', lines));
    }

    private static bool Names(string text, Person person) =>
        (person.Email is { } email && text.Contains(email, StringComparison.OrdinalIgnoreCase))
        || (person.Name is { Length: >= 3 } name && text.Contains(name, StringComparison.OrdinalIgnoreCase));
}
