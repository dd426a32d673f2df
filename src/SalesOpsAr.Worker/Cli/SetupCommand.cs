using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Setup;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Cli;

/// <summary><c>setup [--dry-run]</c>: creates or updates the workflow's labels and board in each configured project.</summary>
internal static class SetupCommand
{
    public const string Command = "setup";

    public const string Help = """
        Usage: SalesOpsAr.Worker setup [--dry-run]

        Creates or updates, in each project of GitLab__ProjectIds, what the workflow runs on:
          - the labels SalesOpsAR::Action Needed, In Progress, On Hold, Completed, the opt-out label
            (Workflow__NotNeededLabel) and the hold labels (Workflow__HoldLabels), with the handbook's
            descriptions and colours (a group's label of the same name is used as it is);
          - the board "Sales Ops Access Requests" with one list per state, in that order.
        Nothing is deleted or renamed, so it is safe to run on every deploy: a second run changes nothing.

          --dry-run   print what it would change, change nothing

        Needs GitLab__Token (role Reporter or above: labels and boards) and GitLab__ProjectIds__0.
        Exit codes: 0 done (or nothing to do); 1 GitLab refused or failed a change (the rest is still tried);
        2 wrong usage or no token/project; 3 GitLab unreachable or the token refused.
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            await output.WriteLineAsync(Help);
            return 0;
        }

        if (args.Skip(1).Any(a => a != "--dry-run"))
        {
            await output.WriteLineAsync(Help);
            return 2;
        }

        var gitLabOptions = services.GetRequiredService<IOptions<GitLabOptions>>().Value;
        if (!services.GetRequiredService<RunMode>().CanRead || gitLabOptions.ProjectIdList.Count == 0)
        {
            await output.WriteLineAsync("setup: needs GitLab__Token and GitLab__ProjectIds__0: it creates the labels and the board in that project.");
            return 2;
        }

        var dryRun = args.Contains("--dry-run");
        var gitLab = services.GetRequiredService<IGitLabClient>();
        var wanted = ProjectSetup.Labels(services.GetRequiredService<ArRules>().Settings);
        var exit = 0;
        try
        {
            foreach (var projectId in gitLabOptions.ProjectIdList)
            {
                exit = Math.Max(exit, await SetUpAsync(gitLab, projectId, wanted, dryRun, output, cancellationToken));
            }
        }
        catch (GitLabApiException e) when (e.IsAuthenticationFailure)
        {
            await output.WriteLineAsync($"setup: GitLab at {gitLabOptions.BaseUrl} refused the token ({(int)e.StatusCode!}): check GitLab__Token and the bot's role on the project.");
            return 3;
        }
        catch (GitLabUnavailableException e)
        {
            await output.WriteLineAsync($"setup: GitLab at {gitLabOptions.BaseUrl} is unreachable: {e.Message}");
            return 3;
        }
        catch (GitLabApiException e)
        {
            // Reading the labels or boards failed for good (a 500 after the retries, an answer that is not the list
            // expected): nothing was planned on it, so nothing was changed; the documented exit, no stack trace.
            await output.WriteLineAsync($"setup: GitLab at {gitLabOptions.BaseUrl} failed while setup read the project: {e.Message}");
            return 3;
        }

        return exit;
    }

    private static async Task<int> SetUpAsync(IGitLabClient gitLab, long projectId, IReadOnlyList<LabelSpec> wanted, bool dryRun, TextWriter output, CancellationToken cancellationToken)
    {
        // A label GitLab lists without a name is none that setup can match or use.
        var labels = (await gitLab.ListLabelsAsync(projectId, cancellationToken)).Where(l => !string.IsNullOrWhiteSpace(l.Name)).ToList();
        var boards = await gitLab.ListBoardsAsync(projectId, cancellationToken);
        var board = boards.FirstOrDefault(b => string.Equals(b.Name, ProjectSetup.BoardName, StringComparison.OrdinalIgnoreCase));
        var steps = ProjectSetup.Plan(
            wanted,
            [.. labels.Select(l => new ExistingLabel(l.Id, l.Name, l.Color, l.Description, OfGroup: l.IsProjectLabel == false))],
            board?.Lists?.OrderBy(l => l.Position).Select(l => l.Label?.Name).OfType<string>().ToList());

        var exit = 0;
        var boardId = board?.Id;
        foreach (var step in steps)
        {
            var line = $"project {projectId}: {Describe(step, dryRun)}";
            if (dryRun || !step.Changes)
            {
                await output.WriteLineAsync(line);
                continue;
            }

            try
            {
                switch (step.Action)
                {
                    case SetupAction.CreateLabel:
                        labels.Add(await gitLab.CreateLabelAsync(projectId, step.Label!.Name, step.Label.Color, step.Label.Description, cancellationToken));
                        break;
                    case SetupAction.UpdateLabel:
                        await gitLab.UpdateLabelAsync(projectId, step.ExistingId!.Value, step.Label!.Color, step.Label.Description, cancellationToken);
                        break;
                    case SetupAction.CreateBoard:
                        boardId = (await gitLab.CreateBoardAsync(projectId, ProjectSetup.BoardName, cancellationToken)).Id;
                        break;
                    // One matching rule, the plan's: the exact name first, else the same label in another case or spacing.
                    case SetupAction.AddList when boardId is { } id
                        && (labels.FirstOrDefault(l => l.Name == step.Subject) ?? labels.FirstOrDefault(l => LabelKey.Of(l.Name) == LabelKey.Of(step.Subject))) is { } label:
                        await gitLab.CreateBoardListAsync(projectId, id, label.Id, cancellationToken);
                        break;
                    default:
                        line += " (skipped: its label or board could not be made)";
                        exit = 1;
                        break;
                }

                await output.WriteLineAsync(line);
            }
            catch (GitLabApiException e) when (!e.IsAuthenticationFailure)
            {
                await output.WriteLineAsync($"{line}: GitLab refused it ({e.Message})");
                exit = 1;
            }
        }

        return exit;
    }

    private static string Describe(SetupStep step, bool dryRun)
    {
        var (would, did) = step.Action switch
        {
            SetupAction.CreateLabel => ("would create", "created"),
            SetupAction.UpdateLabel => ("would update the colour and description of", "updated the colour and description of"),
            SetupAction.CreateBoard => ("would create", "created"),
            SetupAction.AddList => ("would add a list to the board for", "added a list to the board for"),
            _ => ("", ""),
        };
        var what = step.Action is SetupAction.CreateBoard or SetupAction.ListsOutOfOrder || (step.Action == SetupAction.UpToDate && step.Label is null)
            ? $"board \"{step.Subject}\""
            : $"label \"{step.Subject}\"";
        return step.Action switch
        {
            SetupAction.UpToDate => $"{what} is up to date",
            SetupAction.KeepGroupLabel => $"{what} is the group's: used as it is",
            SetupAction.ListsOutOfOrder => $"{what}: its lists are not in the states' order (Action Needed, In Progress, On Hold, Completed); drag them, setup does not move them",
            _ => $"{(dryRun ? would : did)} {what}",
        };
    }
}
