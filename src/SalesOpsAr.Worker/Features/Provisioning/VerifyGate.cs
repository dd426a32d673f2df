using SalesOpsAr.GitLab.Api;
using SalesOpsAr.GitLab.Pacing;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Provisioning;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Features.Provisioning;

/// <summary>
/// Verifies once before the bot completes an AR whose tasks are all ticked: the latest verification note on the AR (a
/// person's <c>verify</c> or this one's) decides; with none yet, the connected systems are read and the table posted.
/// A ✗ withholds the completion until a later verification finds everything; "?" (a system not readable now) and "—"
/// (not connected) never do. A person's Completed label is never asked about.
/// </summary>
internal sealed partial class VerifyGate(IGitLabClient gitLab, Verifier verifier, ArRequestReader reader, NotesBudget budget, ILogger<VerifyGate> logger) : ICompletionGate
{
    public bool Listening => verifier.Connected;

    public async Task<bool> WithholdsAsync(ArSnapshot ar, bool mayWrite, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ar);
        var request = reader.Read(ar.Description, ar.Title);
        if (!verifier.Reads(request))
        {
            return false;
        }

        var notes = await gitLab.ListNotesAsync(ar.ProjectId, ar.Iid, cancellationToken);
        if (notes.Select(n => VerifyNote.MissingIn(n.Body)).LastOrDefault(v => v is not null) is { } recorded)
        {
            return recorded;
        }

        if (!mayWrite)
        {
            return false; // a dry run asks no system and writes no note: it completes as it always did
        }

        var rows = await verifier.VerifyAsync(request, cancellationToken);
        using (NotesBudget.Hold(await budget.TakeAsync(cancellationToken)))
        {
            await gitLab.CreateNoteAsync(ar.ProjectId, ar.Iid, VerifyNote.Render(request.Systems, rows, $"auto-{ar.Iid}", beforeCompletion: true), cancellationToken);
        }

        var missing = VerifyNote.IsMissing(rows);
        Verified(logger, ar.ProjectId, ar.Iid, missing);
        return missing;
    }

    [LoggerMessage(EventId = 735, Level = LogLevel.Information, Message = "Verified AR {ProjectId}#{Iid} before completing it: missing {Missing}")]
    private static partial void Verified(ILogger logger, long projectId, long iid, bool missing);
}
