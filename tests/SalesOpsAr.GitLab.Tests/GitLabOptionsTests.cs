namespace SalesOpsAr.GitLab.Tests;

/// <summary>The defaults that keep a note from being posted twice: a write outlasts GitLab's own 60 s, a read does not wait that long.</summary>
public sealed class GitLabOptionsTests
{
    private static readonly TimeSpan GitLabsOwnRequestLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public void WriteTimeout_OutlastsGitLabsOwnLimit_SoASlowNoteIsNeverAbandonedAndPostedAgain() =>
        Assert.True(new GitLabOptions().WriteTimeout > GitLabsOwnRequestLimit);

    [Fact]
    public void RequestTimeout_IsShorterThanAWrites_ReadsFailFast() =>
        Assert.True(new GitLabOptions().RequestTimeout < GitLabsOwnRequestLimit && new GitLabOptions().RequestTimeout < new GitLabOptions().WriteTimeout);
}
