using System.Runtime.CompilerServices;

namespace SalesOpsAr.GitLab.Pacing;

/// <summary>
/// Holds each new note (<c>POST …/notes</c>) until the <see cref="NotesBudget"/> has a slot. Outside the attempts, as
/// <see cref="RateLimitGate"/>: waiting for a slot is no write timing out. Edits of a note (PUT) are not new notes.
/// The slot rides on the request; <see cref="NotesStamp"/>, innermost, times it as each attempt really leaves.
/// </summary>
public sealed class NotesGate(NotesBudget budget) : DelegatingHandler
{
    internal static readonly HttpRequestOptionsKey<StrongBox<DateTimeOffset>> SlotKey = new("SalesOpsAr.NotesSlot");

    internal static bool IsNewNote(HttpRequestMessage request) =>
        request.Method == HttpMethod.Post && request.RequestUri?.AbsolutePath.EndsWith("/notes", StringComparison.Ordinal) == true;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (IsNewNote(request))
        {
            var slot = NotesBudget.TryUseHeld(out var held);
            if (!held)
            {
                slot = await budget.TakeAsync(cancellationToken);
            }

            if (slot is not null)
            {
                request.Options.Set(SlotKey, slot);
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
