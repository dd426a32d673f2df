namespace SalesOpsAr.Benchmarks;

/// <summary>Collects the figures and prints them as one Markdown table.</summary>
internal sealed class Report
{
    private readonly List<(string Area, string Measure, string Value, string Target)> _rows = [];

    public int Count => _rows.Count;

    public void Add(string area, string measure, string value, string target = "")
    {
        _rows.Add((area, measure, value, target));
        Console.WriteLine($"  {area} | {measure}: {value}{(target.Length > 0 ? "   [" + target + "]" : "")}");
    }

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine("| area | measure | value | target |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (area, measure, value, target) in _rows)
        {
            Console.WriteLine($"| {area} | {measure} | {value} | {target} |");
        }
    }
}
