using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Features.Assisting;
using SalesOpsAr.Worker.Platform.Telemetry;
using SalesOpsAr.Worker.Tests.Infrastructure;
using static SalesOpsAr.Simulation.Ars;

namespace SalesOpsAr.Worker.Tests.Features.Assisting;

/// <summary>
/// The assistant's writer at its edges (#22 item 18): the precedent memory's arithmetic and bounds, the runbooks file's
/// problems in words, the options' checks, and what the writer says and counts.
/// </summary>
public sealed class AssistingEdgesTests : IDisposable
{
    private const string Sdr = "Name: Old Hire\nTitle: Sales Development Rep\n\n#### Chorus\nRole: Listener\n* [x] Chorus: seat";
    private readonly string _dir = Directory.CreateTempSubdirectory("runbooks-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void APrecedentsSize_IsTwoBytesACharacter_PlusWhatEachStringAndTheRecordCost()
    {
        var one = new FoundPrecedent(1, "abc", "https://x", new HashSet<string> { "AE", "SDR" }, new Dictionary<string, string> { ["Chorus"] = "seat", ["Clari"] = "forecast" });
        var bare = new FoundPrecedent(2, "abcd", null, new HashSet<string>(), new Dictionary<string, string>());

        Assert.Equal(200 + (2 * (3 + 9 + (2 + 20) + (3 + 20) + (6 + 4 + 40) + (5 + 8 + 40))), one.Bytes);
        Assert.Equal(200 + (2 * 4), bare.Bytes);
    }

    [Fact]
    public async Task TheCachesBytes_AreItsSearchesBytes_AndGoWhenTheyExpire()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(200, Sdr, labels: [Completed], title: "Old Hire, Chorus, Sales Development Rep");
        var finder = services.Get<PrecedentFinder>();
        var runbooks = services.Get<RunbookCatalog>().All;

        await finder.FindAsync(4242, 1, "Sales Development Rep", runbooks, CancellationToken.None);
        var once = finder.Cached.Bytes;
        await finder.FindAsync(4242, 2, "Sales Development Rep", runbooks, CancellationToken.None); // shared: not counted twice

        Assert.True(once > 200, $"{once} bytes");
        Assert.Equal(once, finder.Cached.Bytes);

        services.Clock.Advance(TimeSpan.FromMinutes(10)); // exactly Assistant:PrecedentCache: expired
        await finder.FindAsync(4242, 3, "Account Executive", runbooks, CancellationToken.None); // finds nothing

        Assert.Equal((1, 0L), finder.Cached);
        Assert.Equal(2, services.GitLab.Calls.Count(c => c.StartsWith("GET search", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("AE", "2", false)] // GitLab's search wants three characters
    [InlineData("  AE  ", "2", false)]
    [InlineData("SDR", "2", true)]
    [InlineData("Sales Development Rep", "0", false)] // no precedents wanted: no search
    public async Task ASearch_IsMadeOnlyWhenItCanFindSomething(string role, string precedents, bool searched)
    {
        await using var services = new FeatureServices(settings: new Dictionary<string, string?> { ["Assistant:Precedents"] = precedents });

        await services.Get<PrecedentFinder>().FindAsync(4242, 1, role, services.Get<RunbookCatalog>().All, CancellationToken.None);

        Assert.Equal(searched, services.GitLab.Calls.Any(c => c.StartsWith("GET search", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(200, false)]
    [InlineData(201, true)]
    public async Task APrecedentsTitle_IsCutPast200Characters_WithAnEllipsis(int length, bool cut)
    {
        await using var services = new FeatureServices();
        var title = ("Old Hire, Chorus, Sales Development Rep " + new string('x', 300))[..length];
        services.GitLab.Add(200, Sdr, labels: [Completed], title: title);

        var found = Assert.Single(await services.Get<PrecedentFinder>().FindAsync(4242, 1, "Sales Development Rep", services.Get<RunbookCatalog>().All, CancellationToken.None));

        Assert.Equal(cut ? title[..200] + "…" : title, found.Title);
    }

    [Fact]
    public async Task PastTheBound_TheOldestSearchGoes_TheNewestStays()
    {
        await using var services = new FeatureServices();
        var finder = services.Get<PrecedentFinder>();
        var runbooks = services.Get<RunbookCatalog>().All;
        for (var r = 0; r <= PrecedentFinder.MaxRoles; r++)
        {
            await finder.FindAsync(4242, 1, $"Role {r:D4}", runbooks, CancellationToken.None);
            services.Clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        var searches = services.GitLab.Calls.Count;
        await finder.FindAsync(4242, 1, $"Role {PrecedentFinder.MaxRoles:D4}", runbooks, CancellationToken.None); // the newest: kept
        Assert.Equal(searches, services.GitLab.Calls.Count);
        await finder.FindAsync(4242, 1, "Role 0000", runbooks, CancellationToken.None); // the oldest: gone
        Assert.Equal(searches + 1, services.GitLab.Calls.Count);
    }

    [Fact]
    public async Task TheCatalog_GivesTheRunbooksItHas_AndSkipsASystemWithout()
    {
        await using var services = new FeatureServices();

        var runbooks = services.Get<RunbookCatalog>().For(["Chorus", "Nowhere"]);

        Assert.Equal(["Chorus"], runbooks.Select(r => r.System));
    }

    [Fact]
    public void AMissingFile_SaysItCannotBeRead_NamingThePath()
    {
        var path = Path.Combine(_dir, "missing.yaml");

        var loaded = RunbookFile.Load(path, ["Chorus"]);

        Assert.Empty(loaded.Runbooks);
        Assert.StartsWith($"cannot read '{path}': ", Assert.Single(loaded.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void ADirectory_SaysItCannotBeRead()
    {
        var loaded = RunbookFile.Load(_dir, ["Chorus"]);

        Assert.StartsWith($"cannot read '{_dir}': ", Assert.Single(loaded.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void AFileWithoutTheList_SaysSo_WithTheShapeToFollow()
    {
        var path = Write("runbooks:\n");

        var loaded = RunbookFile.Load(path, ["Chorus"]);

        Assert.Equal($"'{path}' has no 'runbooks:' list (see deploy/runbooks.yaml for the shape).", loaded.Problems[0]);
    }

    [Fact]
    public void AnEmptyFile_SaysSoToo()
    {
        var loaded = RunbookFile.Load(Write(""), ["Chorus"]);

        Assert.Contains(loaded.Problems, p => p.EndsWith("has no 'runbooks:' list (see deploy/runbooks.yaml for the shape).", StringComparison.Ordinal));
    }

    [Fact]
    public void BrokenYaml_SaysWhereItBreaks()
    {
        var path = Write("runbooks:\n  - system: Chorus\n    steps: [unclosed\n");

        var problem = Assert.Single(RunbookFile.Load(path, ["Chorus"]).Problems);

        Assert.StartsWith($"'{path}' is not valid: line ", problem, StringComparison.Ordinal);
        Assert.Contains(", column ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ARunbookWithoutSteps_IsAProblemNamedForItsSource_NotACrash()
    {
        var path = Write("runbooks:\n  - system: '  Chorus  '\n");

        var loaded = RunbookFile.Load(path, ["Chorus"]);

        var runbook = Assert.Single(loaded.Runbooks);
        Assert.Equal("Chorus", runbook.System); // trimmed
        Assert.Empty(runbook.Steps);
        Assert.All(loaded.Problems, p => Assert.StartsWith($"'{path}': ", p, StringComparison.Ordinal));
    }

    [Fact]
    public void TheBuiltInRunbooks_HaveNoProblem()
    {
        var loaded = RunbookFile.Load(null, ["Salesforce", "Chorus", "Clari", "DataFox", "LinkedIn Sales Navigator"]);

        Assert.Empty(loaded.Problems);
        Assert.NotEmpty(loaded.Runbooks);
    }

    [Fact]
    public async Task TheOptionsCheck_RefusesABadFile_NamingTheKey_OnlyWhenTheAssistantIsOn()
    {
        await using var services = new FeatureServices();
        var checks = new AssistantOptionsChecks(services.Get<ArRules>());
        var bad = Path.Combine(_dir, "missing.yaml");

        var on = checks.Validate(null, new AssistantOptions { Enabled = true, RunbooksFile = bad });
        var off = checks.Validate(null, new AssistantOptions { Enabled = false, RunbooksFile = bad });

        Assert.True(on.Failed);
        Assert.Contains("Assistant:RunbooksFile", on.FailureMessage, StringComparison.Ordinal);
        Assert.Contains($"cannot read '{bad}'", on.FailureMessage, StringComparison.Ordinal);
        Assert.True(off.Succeeded);
        Assert.True(checks.Validate(null, new AssistantOptions()).Succeeded); // on by default, with the built-in runbooks
        Assert.True(new AssistantOptions().Enabled);
    }

    [Fact]
    public async Task OneWriterServesEveryRunbookJob_SoOneLockPerAr()
    {
        await using var services = new FeatureServices();
        var provider = services.Get<IServiceProvider>();
        await using var one = provider.CreateAsyncScope();
        await using var two = provider.CreateAsyncScope(); // each job has its scope: the writer, and its lock, is still one

        Assert.Same(one.ServiceProvider.GetRequiredService<RunbookWriter>(), two.ServiceProvider.GetRequiredService<RunbookWriter>());
    }

    [Fact]
    public async Task APostedRunbook_IsCountedAndSaid()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(1, "Name: Jane Doe\nEmail: jane@example.com\n\n### Sales Ops\n* [ ] Chorus: seat", labels: [InProgress]);
        using var listener = Count(services, "runbook", out var posted);

        await services.Get<RunbookWriter>().HandleAsync(new RunbookOwed { ProjectId = 4242, Iid = 1 }, retried: false, CancellationToken.None);

        Assert.Equal(1, posted());
        Assert.Contains(services.Logs.Messages, m => m.StartsWith("AR 4242#1: runbook posted for", StringComparison.Ordinal) && m.Contains("Chorus", StringComparison.Ordinal) && m.EndsWith("(1 people)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARunbookThere_IsSaid_AndNotPostedAgain()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(1, "### Sales Ops\n* [ ] Chorus: seat", labels: [InProgress]);
        var writer = services.Get<RunbookWriter>();
        await writer.HandleAsync(new RunbookOwed { ProjectId = 4242, Iid = 1 }, retried: false, CancellationToken.None);

        await writer.HandleAsync(new RunbookOwed { ProjectId = 4242, Iid = 1 }, retried: false, CancellationToken.None);
        await writer.HandleAsync(new RunbookOwed { ProjectId = 4242, Iid = 1, Asked = true, ChangeKey = "k1" }, retried: false, CancellationToken.None);
        await writer.HandleAsync(new RunbookOwed { ProjectId = 4242, Iid = 1, Asked = true, ChangeKey = "k1" }, retried: true, CancellationToken.None);

        Assert.Equal(2, services.GitLab.NotesOf(1).Count); // on pickup, and once for the request k1
        Assert.Equal(2, services.Logs.Messages.Count(m => m == "AR 4242#1 has its runbook note already; not posted again"));
    }

    [Fact]
    public async Task AnArWithoutASystemsRunbook_GetsNoNote_AndTheWriterSaysWhy()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(1, "### Sales Ops\n* [ ] Gong: seat", labels: [InProgress]);

        await services.Get<RunbookWriter>().HandleAsync(new RunbookOwed { ProjectId = 4242, Iid = 1 }, retried: false, CancellationToken.None);

        Assert.Empty(services.GitLab.NotesOf(1));
        Assert.Contains(services.Logs.Messages, m => m.StartsWith("AR 4242#1: no runbook for the systems its Sales Ops tasks ask for", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnArDeletedWhileItsRunbookIsWritten_EndsTheJob_AndIsSaid()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(1, "### Sales Ops\n* [ ] Chorus: seat", labels: [InProgress]);
        services.GitLab.VanishOnRead[1] = 0;

        await services.Get<RunbookWriter>().HandleAsync(new RunbookOwed { ProjectId = 4242, Iid = 1 }, retried: false, CancellationToken.None);

        Assert.Contains("AR 4242#1 no longer exists for the bot; its runbook note is dropped", services.Logs.Messages);
    }

    [Fact]
    public async Task TheProgressLine_IsEditedOnTheBotsRunbookNote_NotOnAPersonsQuote()
    {
        await using var services = new FeatureServices();
        const string PerPerson = "| Name | Email |\n|---|---|\n| Jane Doe | jane@example.com |\n| John Roe | john@example.com |\n\n### Sales Ops\n#### Jane Doe\n* [ ] Chorus: invite\n#### John Roe\n* [ ] Chorus: invite";
        services.GitLab.Add(1, PerPerson, labels: [InProgress]);
        var writer = services.Get<RunbookWriter>();
        await writer.HandleAsync(new RunbookOwed { ProjectId = 4242, Iid = 1 }, retried: false, CancellationToken.None);
        var runbook = services.GitLab.NotesOf(1).Single().Body!;
        services.GitLab.AddNote(1, "jdoe", runbook); // a person quotes the whole note back, after it
        services.GitLab.Add(1, PerPerson.Replace("#### Jane Doe\n* [ ]", "#### Jane Doe\n* [x]", StringComparison.Ordinal), labels: [InProgress]);

        await writer.HandleAsync(new RunbookProgressOwed { ProjectId = 4242, Iid = 1 }, retried: false, CancellationToken.None);

        var notes = services.GitLab.NotesOf(1);
        Assert.Contains("Jane Doe 1/1 ✓ · John Roe 0/1", notes[0].Body, StringComparison.Ordinal); // the bot's own note
        Assert.Equal(runbook, notes[1].Body); // the person's quote is theirs
        Assert.Contains(services.Logs.Messages, m => m.StartsWith("AR 4242#1: runbook note's progress now reads: ", StringComparison.Ordinal) && m.Contains("Jane Doe 1/1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithTheLicenceConnectorOn_TheNoteShowsTheSeats_AndTheUsersToCreate_WithWhoHasOneAlready()
    {
        using var salesforce = new FakeSalesforce();
        using var connector = new SalesforceSettings(salesforce);
        salesforce.AddUser("Omar Haddad", active: false); // omar.haddad@acme.example
        salesforce.AddUser("Lee Active"); // lee.active@acme.example
        await using var services = new FeatureServices(settings: connector.Apply([]));
        salesforce.Clock = services.Clock; // the sign-in's expiry is judged on the services' clock
        var board = (SalesOpsAr.Worker.Features.Licences.LicenceBoard)services.Get<ILicenceBoard>();
        board.Record(new LicenceSeats
        {
            ReadAt = services.Clock.GetUtcNow(),
            Seats = [new("Salesforce", false, 250, 248, true), new("Salesforce Platform", false, 50, 12, true), new("Bad", false, 1, 2, false)],
            Featured = ["Salesforce", "Bad"],
            Waiting = [new(4242, 9, "t", null, services.Clock.GetUtcNow(), [new("Salesforce", 1)], true, 1)],
        });
        services.GitLab.Add(1, "| Name | Email |\n|---|---|\n| Jane Doe | jane@example.com |\n| Omar Haddad | omar.haddad@acme.example |\n| Lee Active | lee.active@acme.example |\n\n#### Sales to-do:\n* [ ] Salesforce: Account Executive profile", labels: [InProgress]);

        await services.Get<RunbookWriter>().HandleAsync(new RunbookOwed { ProjectId = 4242, Iid = 1 }, retried: false, CancellationToken.None);

        var note = services.GitLab.NotesOf(1).Single().Body!;
        Assert.Contains("**Salesforce seats** at the last sweep: `Salesforce` 248 of 250 used, 2 free · `Bad` not counted sensibly; 1 AR waits for a seat.", note, StringComparison.Ordinal);
        Assert.Contains("| `Jane Doe` | `jane@example.com` | `Jane` | `Doe` | `jdoe` | `Account Executive` | — | `America/Los_Angeles` | `en_US` | ready |", note, StringComparison.Ordinal);
        Assert.Contains("| `Omar Haddad` | `omar.haddad@acme.example` | `Omar` | `Haddad` | `ohaddad` | `Account Executive` | — | `America/Los_Angeles` | `en_US` | would reactivate |", note, StringComparison.Ordinal);
        Assert.Contains("| `Lee Active` | `lee.active@acme.example` | `Lee` | `Active` | `lactive` | `Account Executive` | — | `America/Los_Angeles` | `en_US` | has an active user |", note, StringComparison.Ordinal);
        Assert.Equal(1, salesforce.DataCalls); // one look-up for the plan's usernames
        Assert.Equal(0, salesforce.CreateCalls);
    }

    [Fact]
    public async Task SalesforceDown_TheUsersTableIsShownAsPlanned_AndTheNoteIsPosted()
    {
        using var salesforce = new FakeSalesforce();
        using var connector = new SalesforceSettings(salesforce);
        await using var services = new FeatureServices(settings: connector.Apply([]));
        salesforce.Clock = services.Clock;
        ((SalesOpsAr.Worker.Features.Licences.LicenceBoard)services.Get<ILicenceBoard>()).Record(new LicenceSeats { ReadAt = services.Clock.GetUtcNow(), Seats = [new("Salesforce", false, 250, 248, true)], Featured = ["Salesforce"] });
        services.GitLab.Add(1, "Name: Jane Doe\nEmail: jane@example.com\n\n#### Sales to-do:\n* [ ] Salesforce: Account Executive profile", labels: [InProgress]);
        salesforce.FailNext(401, 401, 401); // a session refused again after a fresh sign-in

        await services.Get<RunbookWriter>().HandleAsync(new RunbookOwed { ProjectId = 4242, Iid = 1 }, retried: false, CancellationToken.None);

        Assert.Contains("| ready |", services.GitLab.NotesOf(1).Single().Body!, StringComparison.Ordinal);
        Assert.Contains(services.Logs.Messages, m => m.StartsWith("The runbook note's users table is shown without the users' look-up: Salesforce failed (SessionRefused)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, "Name: Jane Doe\nEmail: jane@example.com\n\n#### Sales to-do:\n* [ ] Salesforce: Account Executive profile")] // connector off
    [InlineData(true, "Name: Jane Doe\nEmail: jane@example.com\n\n#### Sales to-do:\n* [ ] Chorus: seat")] // no Salesforce asked
    public async Task WithoutTheConnector_OrWithoutSalesforce_NoSeatsAndNoUsers(bool connector, string description)
    {
        await using var services = new FeatureServices(settings: connector ? new Dictionary<string, string?> { ["Salesforce:Flow"] = "ClientCredentials" } : null);
        ((SalesOpsAr.Worker.Features.Licences.LicenceBoard)services.Get<ILicenceBoard>()).Record(new LicenceSeats { ReadAt = services.Clock.GetUtcNow(), Seats = [new("Salesforce", false, 250, 248, true)], Featured = ["Salesforce"] });
        services.GitLab.Add(1, description, labels: [InProgress]);

        await services.Get<RunbookWriter>().HandleAsync(new RunbookOwed { ProjectId = 4242, Iid = 1 }, retried: false, CancellationToken.None);

        var note = services.GitLab.NotesOf(1).Single().Body!;
        Assert.DoesNotContain("Salesforce seats", note, StringComparison.Ordinal);
        Assert.DoesNotContain("Salesforce users to create", note, StringComparison.Ordinal);
    }

    private static MeterListener Count(FeatureServices services, string kind, out Func<long> count)
    {
        var total = new StrongBox<long>();
        var factory = services.Get<IMeterFactory>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == "salesopsar.notes_posted" && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "kind" && (string?)tag.Value == kind)
                {
                    Interlocked.Add(ref total.Value, value);
                }
            }
        });
        listener.Start();
        _ = services.Get<SalesOpsArMetrics>();
        count = () => Interlocked.Read(ref total.Value);
        return listener;
    }

    private string Write(string text)
    {
        var path = Path.Combine(_dir, $"{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, text);
        return path;
    }
}
