using SalesOpsAr.Scim;
using SalesOpsAr.Workflow.Provisioning;

namespace SalesOpsAr.Worker.Features.Provisioning;

/// <summary>
/// Creates and activates an AR's users in a SCIM system, one person at a time: the userName (the address) looked up
/// first, then created (a 409 <c>uniqueness</c> read as already there) or activated (<c>If-Match</c>; a 412 read again and
/// tried once more). After the service fails once, the rest are not tried: a second command picks them up.
/// </summary>
internal static class ScimProvisioner
{
    public static async Task<IReadOnlyList<ProvisionOutcome>> ProvisionAsync(IScimClient scim, IReadOnlyList<PlannedUser> plan, CancellationToken cancellationToken)
    {
        var outcomes = new List<ProvisionOutcome>(plan.Count);
        string? failed = null;
        foreach (var user in plan)
        {
            if (!user.Ready)
            {
                outcomes.Add(new(user.Person, user.Email, ProvisionOutcomeKind.NotPlanned, string.Join("; ", user.Problems)));
                continue;
            }

            if (failed is not null)
            {
                outcomes.Add(new(user.Person, user.Email, ProvisionOutcomeKind.Failed, "not tried after the service failed: " + failed));
                continue;
            }

            try
            {
                outcomes.Add(await OneAsync(scim, user, cancellationToken));
            }
            catch (ScimException e)
            {
                failed = e.Message;
                outcomes.Add(new(user.Person, user.Email, ProvisionOutcomeKind.Failed, e.Message));
            }
        }

        return outcomes;
    }

    private static async Task<ProvisionOutcome> OneAsync(IScimClient scim, PlannedUser user, CancellationToken cancellationToken)
    {
        var email = user.Email!;
        if (await scim.FindAsync(email, cancellationToken) is { } existing)
        {
            if (existing.Active)
            {
                return new(user.Person, email, ProvisionOutcomeKind.AlreadyThere);
            }

            var activated = await scim.ActivateAsync(existing, cancellationToken);
            return activated.Outcome == ScimWriteOutcome.Done
                ? new(user.Person, email, ProvisionOutcomeKind.Reactivated)
                : new(user.Person, email, ProvisionOutcomeKind.Refused, activated.Detail);
        }

        var created = await scim.CreateAsync(new ScimNewUser { UserName = email, GivenName = user.FirstName, FamilyName = user.LastName!, Email = email }, cancellationToken);
        return created.Outcome switch
        {
            ScimWriteOutcome.Done => new(user.Person, email, ProvisionOutcomeKind.Created),
            ScimWriteOutcome.AlreadyThere => new(user.Person, email, ProvisionOutcomeKind.AlreadyThere, "the service says the userName is in use (409 uniqueness)"),
            _ => new(user.Person, email, ProvisionOutcomeKind.Refused, created.Detail),
        };
    }
}
