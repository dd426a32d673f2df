namespace SalesOpsAr.GitLab.Api;

/// <summary>The handful of GitLab REST endpoints the worker uses.</summary>
public interface IGitLabClient
{
    /// <summary>The issue as it is now, or null when it does not exist (or the bot cannot see it).</summary>
    Task<GitLabIssue?> GetIssueAsync(long projectId, long iid, CancellationToken cancellationToken);

    /// <summary>
    /// Adds and removes exactly these labels, leaving all others as they are at that moment; sets the due date in the
    /// same edit when one is given.
    /// </summary>
    Task<GitLabIssue> EditLabelsAsync(
        long projectId, long iid, IReadOnlyCollection<string> add, IReadOnlyCollection<string> remove, CancellationToken cancellationToken, DateOnly? dueDate = null);

    /// <summary>Replaces the issue's assignees with these users (<c>PUT … assignee_ids[]</c>).</summary>
    Task<GitLabIssue> SetAssigneesAsync(long projectId, long iid, IReadOnlyCollection<long> assigneeIds, CancellationToken cancellationToken);

    Task<GitLabNote> CreateNoteAsync(long projectId, long iid, string body, CancellationToken cancellationToken);

    /// <summary>All notes of the issue, oldest first.</summary>
    Task<IReadOnlyList<GitLabNote>> ListNotesAsync(long projectId, long iid, CancellationToken cancellationToken);

    /// <summary>Every open issue of the project, 100 a page.</summary>
    Task<IReadOnlyList<GitLabIssue>> ListOpenIssuesAsync(long projectId, CancellationToken cancellationToken);

    /// <summary>The project's issues closed since then, 100 a page.</summary>
    Task<IReadOnlyList<GitLabIssue>> ListClosedIssuesAsync(long projectId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Who added or removed which label when, oldest first.</summary>
    Task<IReadOnlyList<GitLabLabelEvent>> ListLabelEventsAsync(long projectId, long iid, CancellationToken cancellationToken);

    Task<GitLabUserStatus> GetUserStatusAsync(long userId, CancellationToken cancellationToken);

    /// <summary>The user with this username (any case), or null when there is none.</summary>
    Task<GitLabUser?> FindUserAsync(string username, CancellationToken cancellationToken);

    /// <summary>Users GitLab's search finds (<c>GET /users?search=</c>: name, username, public e-mail), at most 20.</summary>
    Task<IReadOnlyList<GitLabUser>> SearchUsersAsync(string search, CancellationToken cancellationToken);

    Task<GitLabNote> EditNoteAsync(long projectId, long iid, long noteId, string body, CancellationToken cancellationToken);

    /// <summary>A project webhook and whether GitLab has disabled it (needs Maintainer on the project).</summary>
    Task<GitLabHook> GetProjectHookAsync(long projectId, long hookId, CancellationToken cancellationToken);

    /// <summary>The user the token belongs to (checks the token).</summary>
    Task<GitLabUser> GetCurrentUserAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The most recently updated issues (open or closed) with this label whose title or description holds the search
    /// words: one page of at most <paramref name="count"/>, one call.
    /// </summary>
    Task<IReadOnlyList<GitLabIssue>> SearchIssuesAsync(long projectId, string label, string search, int count, CancellationToken cancellationToken);

    /// <summary>The labels the project can use: its own and its groups' (<see cref="GitLabLabel.IsProjectLabel"/>).</summary>
    Task<IReadOnlyList<GitLabLabel>> ListLabelsAsync(long projectId, CancellationToken cancellationToken);

    Task<GitLabLabel> CreateLabelAsync(long projectId, string name, string color, string description, CancellationToken cancellationToken);

    /// <summary>Sets a label's colour and description (its name stays).</summary>
    Task<GitLabLabel> UpdateLabelAsync(long projectId, long labelId, string color, string description, CancellationToken cancellationToken);

    /// <summary>The project's issue boards with their label lists.</summary>
    Task<IReadOnlyList<GitLabBoard>> ListBoardsAsync(long projectId, CancellationToken cancellationToken);

    Task<GitLabBoard> CreateBoardAsync(long projectId, string name, CancellationToken cancellationToken);

    /// <summary>Adds a list for the label to the board, after its other lists.</summary>
    Task<GitLabBoardList> CreateBoardListAsync(long projectId, long boardId, long labelId, CancellationToken cancellationToken);
}
