using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SalesOpsAr.GitLab.Webhooks;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Settings;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Benchmarks;

/// <summary>4. Allocations and time per event in the receiver's reading and in the rules (BenchmarkDotNet).</summary>
[MemoryDiagnoser]
public class Micro
{
    private byte[] _body = [];
    private ArRules _rules = null!;
    private ArSnapshot _ar = null!;
    private ArHints _hints = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var gitLab = new FakeGitLab { NotesPerMinute = 0 };
        var issue = gitLab.AddIssue(4242, 1, Ars.Template, labels: [Ars.ActionNeeded]);
        issue.Assignees.Add("jdoe");
        _body = Encoding.UTF8.GetBytes(IssueHookPayload.Issue(issue, "jdoe", "update", previousAssignees: []));
        _rules = new ArRules(new WorkflowSettings { Dris = ["amber", "meri"], Team = ["jdoe"] });
        var e = WebhookPayloadReader.Read(_body, "Issue Hook").Event!;
        _ar = new ArSnapshot { ProjectId = 4242, Iid = 1, Description = e.Description, Labels = e.Labels, Assignees = e.Assignees, UserNotesCount = 0 };
        _hints = new ArHints { Action = e.Action, LabelsAdded = e.LabelsAdded, LabelsRemoved = e.LabelsRemoved };
    }

    [Benchmark(Description = "receiver: read an Issue Hook body")]
    public WebhookReadResult ReadWebhook() => WebhookPayloadReader.Read(_body, "Issue Hook");

    [Benchmark(Description = "receiver: relevance check")]
    public bool Relevance() => _rules.IsSalesOpsAr(_ar.Labels, _ar.Description);

    [Benchmark(Description = "rules: decide the plan")]
    public Plan Decide() => _rules.Decide(_ar, _hints);

    public static void Run(bool quick)
    {
        var job = (quick ? Job.Dry.WithIterationCount(50).WithInvocationCount(1000).WithUnrollFactor(1) : Job.ShortRun)
            .WithToolchain(InProcessEmitToolchain.Instance);
        BenchmarkRunner.Run<Micro>(ManualConfig.Create(DefaultConfig.Instance).AddJob(job).WithOptions(ConfigOptions.DisableOptimizationsValidator));
    }
}
