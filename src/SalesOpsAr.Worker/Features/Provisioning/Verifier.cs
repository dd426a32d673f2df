using SalesOpsAr.Salesforce;
using SalesOpsAr.Salesforce.Api;
using SalesOpsAr.Scim;
using SalesOpsAr.Worker.Platform.Configuration;
using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Licences;
using SalesOpsAr.Workflow.Provisioning;

namespace SalesOpsAr.Worker.Features.Provisioning;

/// <summary>
/// Reads back, for each person of an AR and each system it asks for, whether an active account exists: Salesforce by
/// username (one query per 200), with the profile the plan said; a SCIM system by userName, one look-up a person; any
/// other system is "not connected". A system that cannot be read is "?" for everyone, never ✗.
/// </summary>
internal sealed class Verifier(ISalesforceClient salesforce, Connectors connectors, ScimClients scim, ProvisioningMap map)
{
    /// <summary>Whether any connector is configured: with none, there is nothing to verify.</summary>
    public bool Connected => connectors.AnyOn;

    /// <summary>Whether the AR asks for a system a connector reads.</summary>
    public bool Reads(ArRequest request) => request.Systems.Any(connectors.Connects);

    public async Task<IReadOnlyList<VerifyRow>> VerifyAsync(ArRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var people = request.People.Take(UserPlan.MaxPeople).ToList();
        var columns = new List<IReadOnlyList<(VerifyCheck, string?)>>();
        foreach (var system in request.Systems)
        {
            columns.Add(!connectors.Connects(system) ? [.. people.Select(_ => (VerifyCheck.NotConnected, (string?)null))]
                : Connectors.IsSalesforce(system) ? await SalesforceAsync(request, cancellationToken)
                : await ScimAsync(scim.For(system)!, people, cancellationToken));
        }

        return [.. people.Select((p, i) => new VerifyRow(p.Name ?? p.Email ?? $"person {i + 1}", [.. columns.Select(c => c[i])]))];
    }

    private async Task<IReadOnlyList<(VerifyCheck, string?)>> SalesforceAsync(ArRequest request, CancellationToken cancellationToken)
    {
        var plan = UserPlan.Of(request, SeatAsk.Of(request, LicenceHold.System)?.Profile, map, profileNeeded: false);
        IReadOnlyList<SalesforceUser> found;
        try
        {
            found = await salesforce.FindUsersAsync([.. plan.Select(p => p.Username).OfType<string>()], cancellationToken);
        }
        catch (SalesforceException e)
        {
            return [.. plan.Select(_ => (VerifyCheck.Unknown, (string?)("Salesforce could not be read: " + e.Message)))];
        }

        return [.. plan.Select(p =>
        {
            var user = p.Username is null ? null : found.FirstOrDefault(u => string.Equals(u.Username, p.Username, StringComparison.OrdinalIgnoreCase));
            return p.Username is null ? (VerifyCheck.Unknown, "no e-mail address in the AR")
                : user is null ? (VerifyCheck.Missing, (string?)"no user")
                : !user.IsActive ? (VerifyCheck.Missing, "inactive")
                : p.Profile is { } profile && !string.Equals(user.Profile?.Name, profile, StringComparison.OrdinalIgnoreCase)
                    ? (VerifyCheck.Missing, $"profile '{user.Profile?.Name}', not '{profile}'")
                : (VerifyCheck.Present, null);
        })];
    }

    private static async Task<IReadOnlyList<(VerifyCheck, string?)>> ScimAsync(IScimClient client, List<Person> people, CancellationToken cancellationToken)
    {
        var checks = new List<(VerifyCheck, string?)>(people.Count);
        string? failed = null;
        foreach (var person in people)
        {
            if (person.Email is not { } email)
            {
                checks.Add((VerifyCheck.Unknown, "no e-mail address in the AR"));
                continue;
            }

            if (failed is not null)
            {
                checks.Add((VerifyCheck.Unknown, failed));
                continue;
            }

            try
            {
                var user = await client.FindAsync(email, cancellationToken);
                checks.Add(user is null ? (VerifyCheck.Missing, "no user") : user.Active ? (VerifyCheck.Present, null) : (VerifyCheck.Missing, "inactive"));
            }
            catch (ScimException e)
            {
                failed = $"{client.System} could not be read: {e.Message}";
                checks.Add((VerifyCheck.Unknown, failed));
            }
        }

        return checks;
    }
}
