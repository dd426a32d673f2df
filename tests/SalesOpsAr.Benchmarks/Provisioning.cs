using System.Diagnostics;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Benchmarks;

/// <summary>
/// #24's bulk and budget: `@bot provision salesforce` on ARs of 1, 50 and 500 people against the stateful Salesforce
/// fake, and `provision datafox` through the SCIM fake: calls, wall time from the comment to the answer, GitLab notes.
/// </summary>
internal static class Provisioning
{
    public static async Task RunAsync(Report report, IReadOnlyList<int> sizes)
    {
        using var gitLab = new FakeGitLab { NotesPerMinute = 0 };
        using var salesforce = new FakeSalesforce();
        using var scim = new FakeScim();
        salesforce.Licence("Salesforce").Total = 10_000;
        var key = Path.Combine(Path.GetTempPath(), $"bench-provision-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(key, salesforce.PrivateKeyPem);
        try
        {
            await using var host = WorkerHost.Wired(gitLab, s =>
            {
                s["Serilog:MinimumLevel:Default"] = "Warning";
                s["Salesforce:Flow"] = "JwtBearer";
                s["Salesforce:LoginUrl"] = salesforce.Url;
                s["Salesforce:Audience"] = FakeSalesforce.Audience;
                s["Salesforce:AllowHttp"] = "true";
                s["Salesforce:ClientId"] = FakeSalesforce.ClientId;
                s["Salesforce:Username"] = FakeSalesforce.Username;
                s["Salesforce:KeyFile"] = key;
                s["Salesforce:HoldOnPickup"] = "false";
                s["Provisioning:Roles:Account Executive"] = "AE - West";
                s["Scim:Systems:DataFox:Url"] = scim.Url;
                s["Scim:Systems:DataFox:Token"] = FakeScim.Token;
                s["Scim:AllowHttp"] = "true";
            });
            var iid = 1;
            foreach (var size in sizes)
            {
                await OneAsync(report, gitLab, salesforce, scim, iid++, size, "salesforce");
            }

            await OneAsync(report, gitLab, salesforce, scim, iid, sizes.Count > 1 ? sizes[1] : sizes[0], "datafox");
        }
        finally
        {
            File.Delete(key);
        }
    }

    private static async Task OneAsync(Report report, FakeGitLab gitLab, FakeSalesforce salesforce, FakeScim scim, int iid, int people, string system)
    {
        var rows = string.Join('\n', Enumerable.Range(0, people).Select(i => $"| Person{iid}x{i} Bench | p{iid}x{i}@acme.example | Account Executive |"));
        var ar = gitLab.AddIssue(4242, iid, $"""
            | Name | Email | Title |
            |---|---|---|
            {rows}

            #### Sales to-do:
            * [ ] Salesforce: Account Executive profile
            * [ ] DataFox: user

            cc @amber @meri
            """, labels: [Ars.InProgress], assignees: ["jdoe"]);
        var (sfCalls, creates, scimCalls, notes) = (salesforce.DataCalls, salesforce.CreateCalls, scim.Calls().Count, ar.BotNotes().Count);
        var clock = Stopwatch.StartNew();
        using (await gitLab.PersonCommentsAsync(ar, "jdoe", $"@{FakeGitLab.BotUsername} provision {system}"))
        {
        }

        var answer = system == "salesforce" ? "**Salesforce users**" : "**DataFox users**";
        while (!ar.BotNotes().Any(n => n.Body?.Contains(answer, StringComparison.Ordinal) == true) && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(20);
        }

        var took = clock.Elapsed;
        var note = ar.BotNotes().FirstOrDefault(n => n.Body?.Contains(answer, StringComparison.Ordinal) == true)?.Body ?? "";
        var created = note.Contains($"{people} created.", StringComparison.Ordinal) ? $"{people} created" : "NOT all created";
        await Task.Delay(500); // anything the command did after its note (nothing should) is counted too
        if (system == "salesforce")
        {
            report.Add("provisioning", $"`provision salesforce`, {people} {(people == 1 ? "person" : "people")}: Salesforce calls (of them creates), wall time, GitLab notes",
                $"{salesforce.DataCalls - sfCalls} ({salesforce.CreateCalls - creates}), {took.TotalMilliseconds:N0} ms, {ar.BotNotes().Count - notes} note; {created}",
                $"≤ {2 * (int)Math.Ceiling(people / 200.0) + 2} calls (a create call and a look-up per 200 people, 2 id queries), 1 note");
        }
        else
        {
            report.Add("provisioning", $"`provision datafox` (SCIM), {people} people: SCIM calls, wall time, GitLab notes",
                $"{scim.Calls().Count - scimCalls}, {took.TotalMilliseconds:N0} ms, {ar.BotNotes().Count - notes} note; {created}", $"≤ {2 * people} calls (a look-up and a create each), 1 note");
        }
    }
}
