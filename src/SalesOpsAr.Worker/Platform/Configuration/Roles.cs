namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>What a process does; one image, roles chosen by configuration (<c>Roles</c>).</summary>
[Flags]
public enum Roles
{
    None = 0,
    Receiver = 1,
    Reconciler = 2,
    Sweeper = 4,
    All = Receiver | Reconciler | Sweeper,
}
