namespace SalesOpsAr.Worker.Contracts;

/// <summary>Told when the bot has written a pickup (an AR entering In Progress from Action Needed or from nothing).</summary>
public interface IPickupListener
{
    /// <summary>Whether it wants pickups at all (its connector is configured); none listening, a pickup is nothing to write.</summary>
    bool Listening { get; }

    Task PickedUpAsync(ArRef ar, string changeKey, CancellationToken cancellationToken);
}
