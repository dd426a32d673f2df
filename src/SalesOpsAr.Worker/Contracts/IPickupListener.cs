namespace SalesOpsAr.Worker.Contracts;

/// <summary>Told when the bot has written a pickup (an AR entering In Progress from Action Needed or from nothing).</summary>
public interface IPickupListener
{
    Task PickedUpAsync(ArRef ar, string changeKey, CancellationToken cancellationToken);
}
