namespace SalesOpsAr.Simulation;

/// <summary>An issue held by <see cref="FakeGitLab"/>; lock it (<see cref="Gate"/>) to read or change it.</summary>
public sealed class FakeIssue
{
    public object Gate { get; } = new();
    public required long ProjectId { get; init; }
    public required long Iid { get; init; }
    public string Title { get; set; } = "Jane Doe, Salesforce, Account Executive";
    public string Description { get; set; } = "";
    public string State { get; set; } = "opened";

    /// <summary>Who opened the issue (the requester).</summary>
    public string Author { get; set; } = "requester";
    public List<string> Labels { get; } = [];
    public List<string> Assignees { get; } = [];
    public List<FakeNote> Notes { get; } = [];

    public List<FakeLabelEvent> LabelEvents { get; } = [];

    /// <summary>When set, every API call about this issue is answered with this status (fault injection).</summary>
    public int? FailWith { get; set; }

    /// <summary>The next calls about this issue fail with these statuses, one each, then all is well.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<int> FailNext { get; } = new();

    /// <summary>
    /// Calls about this issue that fail every time, by method and path after the issue's own
    /// (<c>GET /notes</c>, <c>GET /resource_label_events</c>, <c>PUT</c>, <c>POST /notes</c>), with the status given.
    /// </summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, int> FailOn { get; } = new(StringComparer.Ordinal);

    /// <summary>How long GitLab takes to answer a note POST; the note lands (is listed) only once answered.</summary>
    public TimeSpan NotePostDelay { get; set; }

    /// <summary>The next note POSTs save the note, then answer 502 (a proxy that gave up on a slow GitLab).</summary>
    public int NotePostsThatSaveThenFail { get; set; }

    /// <summary>The next note POSTs fail with these statuses (the note is not saved).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<int> FailNextNote { get; } = new();

    /// <summary>How long GitLab takes to answer a label edit (PUT) of this issue; the edit lands after the wait.</summary>
    public TimeSpan PutDelay { get; set; }

    /// <summary>How long GitLab takes to answer the next read (GET) of this issue, once.</summary>
    public TimeSpan NextGetDelay { get; set; }

    private int _putsReceived;

    /// <summary>Stopwatch timestamp of the last PUT's arrival (0: none), for end-to-end latency.</summary>
    public long PutArrivedAt { get; set; }

    /// <summary>PUTs that reached GitLab (answered or not).</summary>
    public int PutsReceived => Volatile.Read(ref _putsReceived);

    public void CountPut() => Interlocked.Increment(ref _putsReceived);

    /// <summary>Seconds GitLab asks to wait in <c>Retry-After</c> when it answers 429.</summary>
    public int RetryAfterSeconds { get; set; } = 1;
    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.Parse("2026-11-16T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.Parse("2026-11-16T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>GitLab's <c>due_date</c>: a date without time; null when none is set.</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>A misbehaving GitLab (or proxy): every page of this AR's notes says there is a next one.</summary>
    public bool NotesNeverEnd { get; set; }

    /// <summary>A misbehaving GitLab: the answer to <c>GET issue</c> padded to this many bytes with a field nobody reads (0: none).</summary>
    public int PadAnswerTo { get; set; }

    public IReadOnlyList<string> LabelsNow()
    {
        lock (Gate)
        {
            return [.. Labels];
        }
    }

    /// <summary>The notes the bot wrote, oldest first.</summary>
    /// <summary>The notes the bot wrote (not the system notes GitLab records in its name, such as a due date change).</summary>
    public IReadOnlyList<FakeNote> BotNotes() => NotesNow().Where(n => n.Author == FakeGitLab.BotUsername && !n.System).ToList();

    public IReadOnlyList<FakeNote> NotesNow()
    {
        lock (Gate)
        {
            return [.. Notes];
        }
    }
}
