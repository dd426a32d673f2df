using SalesOpsAr.Worker.Notifying;

namespace SalesOpsAr.Worker.Sweeping;

/// <summary>A nudge with the channels still owed it, and the note whose marker records them.</summary>
internal sealed record Delivery(NudgeItem Item, IReadOnlyList<string> Owed, string NoteBody);
