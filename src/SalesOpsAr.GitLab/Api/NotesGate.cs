namespace SalesOpsAr.GitLab.Api;

/// <summary>
/// Holds each new note (<c>POST …/notes</c>) until the <see cref="NotesBudget"/> has a slot. Outside the attempts, as
/// <see cref="RateLimitGate"/>: waiting for a slot is no write timing out. Edits of a note (PUT) are not new notes.
/// </summary>
public sealed class NotesGate(NotesBudget budget) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Method == HttpMethod.Post && request.RequestUri?.AbsolutePath.EndsWith("/notes", StringComparison.Ordinal) == true
            && !budget.TryUseHeld())
        {
            await budget.TakeAsync(cancellationToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
