namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SalesOpsAr.Worker.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SalesOpsAr.Worker.sln not found above " + AppContext.BaseDirectory);
    }
}
