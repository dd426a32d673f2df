using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Noting;

/// <summary>Writes the note at once (paced by the notes budget): for <c>sweep --once</c>, a process with no bus to queue on.</summary>
internal sealed class DirectNotes(NoteWriter writer) : INoteOutbox
{
    public Task AddAsync(NoteOwed note, CancellationToken cancellationToken) => writer.WriteAsync(note, retried: false, cancellationToken);
}
