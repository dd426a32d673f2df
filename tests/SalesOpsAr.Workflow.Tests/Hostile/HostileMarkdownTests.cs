using System.Diagnostics;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Tasks;
using SalesOpsAr.Workflow.Tests.Reconciling;
using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Tests.Hostile;

/// <summary>
/// Anyone who can open an issue writes AR descriptions. Everything the rules do with one (tasks, relevance,
/// mentions, the plan) stays linear in its length: a 1 MB pathological description is read within a generous
/// budget, and four times the text costs about four times the work, never sixteen (quadratic) or sixty-four (cubic).
/// </summary>
public sealed class HostileMarkdownTests
{
    private const int Large = 1_000_000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);
    private static readonly ArRules Rules = new(Ars.Settings);
    private static readonly Workflow.Assisting.ArRequestReader Request = new(Ars.Settings);

    public static TheoryData<string> Kinds => new(PathologicalMarkdown.Generators.Keys);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void OneMegabyte_IsReadWithinTheBudget(string kind)
    {
        var text = PathologicalMarkdown.Generators[kind](Large);

        var took = Time(() => ReadAsTheRulesDo(text));

        Assert.True(took < Budget, $"{kind}: {took.TotalMilliseconds:0} ms for {text.Length:N0} characters");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void FourTimesTheText_IsAboutFourTimesTheWork(string kind)
    {
        var small = PathologicalMarkdown.Generators[kind](Large / 8);
        var large = PathologicalMarkdown.Generators[kind](Large / 2);
        ReadAsTheRulesDo(small); // warm

        var (a, b) = BestOfAlternating(() => ReadAsTheRulesDo(small), () => ReadAsTheRulesDo(large));

        // Linear is 4× (5 ms → 20 ms here); quadratic would be 16×, and half a megabyte would take seconds. Below
        // 100 ms both are noise, not growth: dotnet test compiles the other projects on the same two cores meanwhile.
        Assert.True(b < TimeSpan.FromMilliseconds(100) || b.Ticks < a.Ticks * 9, $"{kind}: {a.TotalMilliseconds:0.0} ms → {b.TotalMilliseconds:0.0} ms");
    }

    [Fact]
    public void LongerThanGitLabAllows_IsNotRead_AndNeverCompletes()
    {
        var text = string.Concat(Enumerable.Repeat("- [x] SFDC: profile\n", (TaskListParser.MaxLength / 20) + 1));

        Assert.False(TaskListParser.CanParse(text));
        Assert.Empty(TaskListParser.Parse(text).Items);
        Assert.DoesNotContain(Workflow.Labels.StateLabels.Completed, Rules.Decide(Ar(text), Ars.Hints()).AddLabels);
    }

    private static void ReadAsTheRulesDo(string description)
    {
        _ = TaskListParser.Parse(description);
        _ = Mentions.In(description);
        _ = Rules.IsSalesOpsAr([], description);
        _ = Request.Read(description, description); // the assistant's reading: people, addresses, values, tables
        _ = Rules.Decide(Ar(description), Ars.Hints(EventAction.Open), new ArContext { MentionedInNotes = new HashSet<string>(), DecisionStands = false });
    }

    private static ArSnapshot Ar(string description) => Ars.Ar(description) with { Labels = ["SalesOpsAR::In Progress"], Assignees = ["jdoe"] };

    // The best of seven rounds, the two alternating, so a burst of other work on the cores slows both or neither.
    private static (TimeSpan First, TimeSpan Second) BestOfAlternating(Action first, Action second)
    {
        var (a, b) = (TimeSpan.MaxValue, TimeSpan.MaxValue);
        for (var round = 0; round < 7; round++)
        {
            a = TimeSpan.FromTicks(Math.Min(a.Ticks, Time(first).Ticks));
            b = TimeSpan.FromTicks(Math.Min(b.Ticks, Time(second).Ticks));
        }

        return (a, b);
    }

    private static TimeSpan Time(Action work)
    {
        var clock = Stopwatch.StartNew();
        work();
        return clock.Elapsed;
    }
}
