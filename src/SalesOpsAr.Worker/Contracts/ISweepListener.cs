namespace SalesOpsAr.Worker.Contracts;

/// <summary>Told of every finished sweep of a running service (the status page keeps its board from it).</summary>
public interface ISweepListener
{
    Task SweptAsync(SweepReport report, CancellationToken cancellationToken);
}
