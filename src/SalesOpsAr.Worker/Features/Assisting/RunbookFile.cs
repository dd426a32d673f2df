using SalesOpsAr.Workflow.Assisting;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SalesOpsAr.Worker.Features.Assisting;

/// <summary>Reads the runbooks file (YAML, as <c>deploy/runbooks.yaml</c>): an operator's copy, or the handbook's built in.</summary>
internal static class RunbookFile
{
    private const string BuiltIn = "SalesOpsAr.Worker.runbooks.yaml";

    public sealed record Loaded(IReadOnlyList<Runbook> Runbooks, IReadOnlyList<string> Problems);

    /// <param name="path">The operator's file; empty for the built-in one.</param>
    public static Loaded Load(string? path, IEnumerable<string> systems)
    {
        string text;
        var source = string.IsNullOrWhiteSpace(path) ? "the built-in runbooks" : $"'{path}'";
        try
        {
            text = string.IsNullOrWhiteSpace(path) ? ReadBuiltIn() : ReadAtMost(path, MaxBytes);
        }
        catch (InvalidDataException e)
        {
            return new([], [$"cannot read {source}: {e.Message}"]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new([], [$"cannot read {source}: {e.Message}"]);
        }

        try
        {
            var file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<Document?>(text);
            var runbooks = (file?.Runbooks ?? []).Select(e => new Runbook
            {
                System = e.System?.Trim() ?? "",
                Steps = e.Steps ?? [],
                Needs = e.Needs ?? [],
                Defaults = e.Defaults ?? [],
            }).ToList();
            var problems = RunbookChecks.Problems(runbooks, systems).Select(p => $"{source}: {p}").ToList();
            if (file?.Runbooks is null)
            {
                problems.Insert(0, $"{source} has no 'runbooks:' list (see deploy/runbooks.yaml for the shape).");
            }

            return new(runbooks, problems);
        }
        catch (YamlException e)
        {
            return new([], [$"{source} is not valid: line {e.Start.Line}, column {e.Start.Column}: {e.InnerException?.Message ?? e.Message}"]);
        }
    }

    /// <summary>The largest runbooks file read (the handbook's is a few KB): an endless file (a device, a pipe) is refused, not read until memory ends.</summary>
    public const int MaxBytes = 1024 * 1024;

    private static string ReadAtMost(string path, int max)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        var buffer = new byte[max + 1];
        var read = 0;
        for (int n; read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0;)
        {
            read += n;
        }

        return read > max
            ? throw new InvalidDataException($"it is larger than {max / 1024} KB (a runbooks file is a few KB)")
            : new System.Text.UTF8Encoding(false).GetString(buffer, 0, read).TrimStart('\uFEFF');
    }

    private static string ReadBuiltIn()
    {
        using var stream = typeof(RunbookFile).Assembly.GetManifestResourceStream(BuiltIn)
            ?? throw new IOException($"the service was built without {BuiltIn}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed class Document
    {
        public List<Entry>? Runbooks { get; set; }
    }

    private sealed class Entry
    {
        public string? System { get; set; }
        public List<string>? Steps { get; set; }
        public List<string>? Needs { get; set; }
        public Dictionary<string, string>? Defaults { get; set; }
    }
}
