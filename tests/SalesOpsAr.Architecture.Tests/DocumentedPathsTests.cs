using System.Text.RegularExpressions;

namespace SalesOpsAr.Architecture.Tests;

/// <summary>The files docs/architecture.md names along the three main paths exist: the page cannot drift from the code unseen.</summary>
public sealed partial class DocumentedPathsTests
{
    [Fact]
    public void EveryFileTheArchitecturePageNames_Exists()
    {
        var root = RepositoryRoot();
        var page = File.ReadAllText(Path.Combine(root, "docs", "architecture.md"));
        var worker = Path.Combine(root, "src", "SalesOpsAr.Worker");
        var named = CodePath().Matches(page).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.True(named.Count >= 25, $"the page names {named.Count} files; the three paths alone name more"); // the pattern still finds them
        var missing = named.Where(p => !File.Exists(Path.GetFullPath(Path.Combine(worker, p)))).ToList();
        Assert.True(missing.Count == 0, "docs/architecture.md names files that do not exist: " + string.Join(", ", missing));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SalesOpsAr.Worker.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("SalesOpsAr.Worker.sln not found above " + AppContext.BaseDirectory);
    }

    // `Features/Noting/NoteWriter.cs`, `../SalesOpsAr.Workflow/Reconciling/PlanNote.cs`: relative to src/SalesOpsAr.Worker.
    [GeneratedRegex(@"`((?:\.\./SalesOpsAr\.[A-Za-z]+/|Features/|Platform/|Contracts/|Cli/|Hosting/)[A-Za-z/]+\.cs)`")]
    private static partial Regex CodePath();
}
