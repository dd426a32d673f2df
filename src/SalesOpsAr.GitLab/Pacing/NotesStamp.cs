namespace SalesOpsAr.GitLab.Pacing;

/// <summary>
/// Innermost: times the note's slot of the <see cref="NotesBudget"/> as each attempt leaves for GitLab (after the
/// call budget's pacing; a retry after a 429 is timed again), so the budget counts notes as GitLab does.
/// </summary>
public sealed class NotesStamp(NotesBudget budget) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Options.TryGetValue(NotesGate.SlotKey, out var slot))
        {
            budget.Stamp(slot);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
