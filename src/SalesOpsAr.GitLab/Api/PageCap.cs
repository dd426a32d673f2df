namespace SalesOpsAr.GitLab.Api;

/// <summary>
/// How many pages of 100 each list is read to at most: far past what the workflow needs, and a bound on what a GitLab
/// (or a proxy) that always says there is a next page can cost.
/// </summary>
public static class PageCap
{
    /// <summary>50,000 open issues: the sweep of 10,000 ARs reads 100 pages.</summary>
    public const int OpenIssues = 500;

    /// <summary>10,000 issues closed since the last digest.</summary>
    public const int ClosedIssues = 100;

    /// <summary>5,000 notes on one AR.</summary>
    public const int Notes = 50;

    /// <summary>5,000 label events on one AR.</summary>
    public const int LabelEvents = 50;

    /// <summary>2,000 labels in the project and its groups.</summary>
    public const int Labels = 20;

    /// <summary>1,000 boards.</summary>
    public const int Boards = 10;
}
