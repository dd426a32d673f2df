using Microsoft.Extensions.Options;
using SalesOpsAr.Salesforce;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;

namespace SalesOpsAr.Worker.Features.Licences;

/// <summary>A pickup written: the seat check follows as a job of its own (listening only with the connector on).</summary>
internal sealed class SeatCheckSender(IWorkQueue work, IOptions<SalesforceOptions> options) : IPickupListener
{
    public bool Listening => options.Value.IsOn;

    public Task PickedUpAsync(ArRef ar, string changeKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ar);
        return work.SendAsync(new SeatCheckOwed { ProjectId = ar.ProjectId, Iid = ar.Iid, Key = changeKey, EventUuid = SalesOpsAr.GitLab.Api.GitLabEventContext.EventUuid }, cancellationToken);
    }
}
