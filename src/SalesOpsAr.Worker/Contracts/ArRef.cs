namespace SalesOpsAr.Worker.Contracts;

/// <summary>An AR as notices name it: where it is, its title and its page.</summary>
public sealed record ArRef(long ProjectId, long Iid, string Title, string? Url);
