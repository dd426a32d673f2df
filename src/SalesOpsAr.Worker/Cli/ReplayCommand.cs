using SalesOpsAr.GitLab.Webhooks;
using SalesOpsAr.Worker.Features.Reconciling;
using SalesOpsAr.Worker.Platform.Reading;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Cli;

/// <summary><c>replay FILE...</c>: runs webhook payload files through the rules, in dry-run, and prints each plan.</summary>
internal static class ReplayCommand
{
    public const string Command = "replay";

    public const string Help = """
        Usage: SalesOpsAr.Worker replay FILE [FILE...]

        Runs each file (an Issue Hook or Note Hook body, as GitLab sends it) through the same rules as the
        service, using the configured team, DRIs and labels, and prints the plan: the labels it would add
        and remove, whom it would CC, and why. Decides from the payload alone; reads and writes nothing in
        GitLab. A payload has no notes and no label history, so replay takes it that no note CC'd the DRIs
        yet, and that a state the event itself did not set was set by the bot (the service reads both).
        Exit code 0 when every file was read, 1 when one was malformed, 2 when one is missing.
        """;

    public static async Task<int> RunAsync(ArRules rules, string[] args, TextWriter output, DateOnly? today = null)
    {
        var files = args.Skip(1).ToList();
        if (files.Count == 0 || files.Contains("--help") || files.Contains("-h"))
        {
            await output.WriteLineAsync(Help);
            return files.Count == 0 ? 2 : 0;
        }

        var exit = 0;
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                await output.WriteLineAsync($"{file}: no such file ({Path.GetFullPath(file)})");
                exit = 2;
                continue;
            }

            var read = WebhookPayloadReader.Read(await File.ReadAllBytesAsync(file), eventHeader: null);
            await output.WriteLineAsync($"{file}: {Describe(read, rules, today, ref exit)}");
        }

        return exit;
    }

    private static string Describe(WebhookReadResult read, ArRules rules, DateOnly? today, ref int exit)
    {
        if (read.Outcome == WebhookReadOutcome.Malformed)
        {
            exit = Math.Max(exit, 1);
            return $"malformed: {read.Reason}";
        }

        if (read.Event is not { } e)
        {
            return $"ignored: {read.Reason}";
        }

        if (rules.WhyIgnored(e.IsOpen, e.Action, e.Labels, e.PreviousLabels, e.Description) is { } why)
        {
            return $"ignored: AR {e.ProjectId}#{e.Iid}: {why}";
        }

        // Exactly what the receiver queues without a token, read back as the reconciler reads it.
        var message = ArInput.Message(e, rules, botUsername: "", deliveryId: "replay", eventUuid: null, receivedAt: default, withIssue: true);
        if (ArInput.Snapshot(message) is not { } ar)
        {
            return $"AR {e.ProjectId}#{e.Iid}: a note event; the service would read the AR from GitLab and decide then";
        }

        // The payload has no notes and no history: no note is taken to mention the DRIs, and a state the event itself did
        // not set is taken as the bot's (so the plan shows what the rules would do; the service reads who set it).
        var hints = ArInput.Hints(message);
        var context = new ArContext
        {
            MentionedInNotes = new HashSet<string>(),
            DecisionStands = e.LabelsAdded.Any(l => rules.Labels.StateOf(l) is not null),
        };
        var plan = rules.Decide(ar, hints, context);
        if (today is { } date)
        {
            plan = DueDates.Apply(plan, ar, date, rules.Settings); // as the service's plan has it: the due date an AR entering Action Needed gets
        }

        return plan.Respected is { } own ? $"AR {e.ProjectId}#{e.Iid}: nothing to do: {own} is a person's own label, respected"
            : plan.IsEmpty
            ? $"AR {e.ProjectId}#{e.Iid}: nothing to do"
            : $"AR {e.ProjectId}#{e.Iid}: {plan.From?.ToString() ?? "(no state)"} → {plan.To?.ToString() ?? "(no state)"}, "
              + $"+[{string.Join(", ", plan.AddLabels)}] −[{string.Join(", ", plan.RemoveLabels)}], cc [{string.Join(", ", plan.Cc)}]: {string.Join(" ", plan.Reasons)}";
    }
}
