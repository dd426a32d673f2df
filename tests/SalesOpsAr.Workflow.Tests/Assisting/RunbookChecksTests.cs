using SalesOpsAr.Workflow.Assisting;

namespace SalesOpsAr.Workflow.Tests.Assisting;

/// <summary>The runbooks file checked at start: each problem one sentence, naming the runbook (by number and system) and the step.</summary>
public sealed class RunbookChecksTests
{
    private static readonly string[] Systems = ["Salesforce", "Chorus", "DataFox"];

    private static Runbook Chorus(params string[] steps) => new()
    {
        System = "Chorus",
        Steps = steps.Length == 0 ? ["Invite {emails} as {Role}; tell {names}; set {Status}"] : steps,
        Needs = ["Role"],
        Defaults = new Dictionary<string, string> { ["Status"] = "Member" },
    };

    [Fact]
    public void GoodRunbooks_HaveNoProblem() =>
        Assert.Empty(RunbookChecks.Problems([Chorus(), new Runbook { System = "salesforce" }, new Runbook { System = "DataFox", Steps = ["{ Role } is spaced, {Status} a default"], Needs = ["role"], Defaults = new Dictionary<string, string> { ["status"] = "x" } }], Systems));

    public static TheoryData<string, Runbook[], string[]> Cases => new()
    {
        { "no system", [Chorus(), new Runbook { System = " " }], ["runbook 2 must name its system."] },
        { "an unknown system", [new Runbook { System = "Gong" }], ["runbook 1 (Gong): 'Gong' is not one of the sales systems (Salesforce, Chorus, DataFox); add it to Workflow:SalesSystems or fix the name."] },
        { "a second runbook for a system", [Chorus(), Chorus() with { System = "chorus" }], ["runbook 2 (chorus): a second runbook for the same system."] },
        { "an empty need", [Chorus() with { Needs = ["Role", ""] }], ["runbook 1 (Chorus): needs must not hold an empty name."] },
        { "an empty step", [Chorus("Invite {emails}", "  ", "Send")], ["runbook 1 (Chorus), step 2: empty."] },
        { "an unknown placeholder", [Chorus("Invite {emails}", "Set {Licence} and {Role}", "Tell {Manager}")], ["runbook 1 (Chorus), step 2: {Licence} is neither {emails}, {names} nor a value under needs or defaults.", "runbook 1 (Chorus), step 3: {Manager} is neither {emails}, {names} nor a value under needs or defaults."] },
        { "a placeholder left open", [Chorus("Set {Role} then {Team")], [] },
        { "two problems in one runbook, each said", [new Runbook { System = "Gong", Steps = [""] }], ["runbook 1 (Gong): 'Gong' is not one of the sales systems (Salesforce, Chorus, DataFox); add it to Workflow:SalesSystems or fix the name.", "runbook 1 (Gong), step 1: empty."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Problems_Case(string what, Runbook[] runbooks, string[] expected) =>
        Assert.True(expected.SequenceEqual(RunbookChecks.Problems(runbooks, Systems)), $"{what}: {string.Join(" | ", RunbookChecks.Problems(runbooks, Systems))}");
}
