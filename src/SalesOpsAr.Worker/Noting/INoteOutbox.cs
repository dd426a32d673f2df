using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Noting;

/// <summary>Where the reconciler leaves the note it owes once the labels are edited.</summary>
internal interface INoteOutbox
{
    Task AddAsync(NoteOwed note, CancellationToken cancellationToken);
}
