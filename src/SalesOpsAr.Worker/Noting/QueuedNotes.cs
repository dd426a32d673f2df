using MassTransit;
using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Messaging;

namespace SalesOpsAr.Worker.Noting;

/// <summary>
/// Puts the note on the durable notes queue, consumed at GitLab's notes pace (<see cref="NoteOwedConsumer"/>): the
/// label edit it explains is done already, and the next AR's labels need not wait for it. Confirmed by the broker
/// before the AR's message is acknowledged, so a restart loses no note.
/// </summary>
internal sealed class QueuedNotes(ISendEndpointProvider endpoints, IOptions<TransportOptions> transport) : INoteOutbox
{
    private readonly Uri _address = new(
        (transport.Value.QuorumQueues ? "exchange:" : "queue:") + transport.Value.EntityPrefix + NoteOwedConsumerDefinition.QueueName);

    public async Task AddAsync(NoteOwed note, CancellationToken cancellationToken)
    {
        var endpoint = await endpoints.GetSendEndpoint(_address);
        await endpoint.Send(note, cancellationToken);
    }
}
