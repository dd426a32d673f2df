using SalesOpsAr.Salesforce;
using SalesOpsAr.Salesforce.Api;
using SalesOpsAr.Workflow.Provisioning;

namespace SalesOpsAr.Worker.Features.Provisioning;

/// <summary>
/// Creates and reactivates an AR's Salesforce users as planned: the usernames looked up first (one query per 200), the
/// profiles' and roles' ids by name, the missing users created with sObject Collections (200 a call, <c>allOrNone=false</c>),
/// the inactive ones reactivated. A create whose answer is lost is followed by one more look-up: what exists now was made.
/// Nothing is made twice, whatever retries, restarts or second commands follow.
/// </summary>
internal sealed class SalesforceProvisioner(ISalesforceClient salesforce)
{
    public async Task<IReadOnlyList<ProvisionOutcome>> ProvisionAsync(IReadOnlyList<PlannedUser> plan, CancellationToken cancellationToken)
    {
        var outcomes = new ProvisionOutcome?[plan.Count];
        for (var i = 0; i < plan.Count; i++)
        {
            if (!plan[i].Ready)
            {
                outcomes[i] = new(plan[i].Person, plan[i].Username, ProvisionOutcomeKind.NotPlanned, string.Join("; ", plan[i].Problems));
            }
        }

        var ready = Enumerable.Range(0, plan.Count).Where(i => outcomes[i] is null).ToList();
        if (ready.Count == 0)
        {
            return [.. outcomes.OfType<ProvisionOutcome>()];
        }

        try
        {
            var found = ByUsername(await salesforce.FindUsersAsync([.. ready.Select(i => plan[i].Username!)], cancellationToken));
            var inactive = new List<int>();
            var missing = new List<int>();
            foreach (var i in ready)
            {
                if (!found.TryGetValue(plan[i].Username!, out var user))
                {
                    missing.Add(i);
                }
                else if (user.IsActive)
                {
                    outcomes[i] = await OutcomeAsync(plan[i], ProvisionOutcomeKind.AlreadyThere, user.Id, null, cancellationToken);
                }
                else
                {
                    inactive.Add(i);
                }
            }

            await ReactivateAsync(plan, inactive, found, outcomes, cancellationToken);
            await CreateAsync(plan, missing, outcomes, cancellationToken);
        }
        catch (SalesforceException e)
        {
            foreach (var i in ready.Where(i => outcomes[i] is null))
            {
                outcomes[i] = new(plan[i].Person, plan[i].Username, ProvisionOutcomeKind.Failed, e.Message);
            }
        }

        return [.. outcomes.OfType<ProvisionOutcome>()];
    }

    private async Task ReactivateAsync(IReadOnlyList<PlannedUser> plan, List<int> inactive, Dictionary<string, SalesforceUser> found, ProvisionOutcome?[] outcomes, CancellationToken cancellationToken)
    {
        if (inactive.Count == 0)
        {
            return;
        }

        var results = await salesforce.ReactivateUsersAsync([.. inactive.Select(i => found[plan[i].Username!].Id!)], cancellationToken);
        for (var n = 0; n < inactive.Count; n++)
        {
            var i = inactive[n];
            outcomes[i] = results[n].Success
                ? await OutcomeAsync(plan[i], ProvisionOutcomeKind.Reactivated, found[plan[i].Username!].Id, null, cancellationToken)
                : Refusal(plan[i], results[n]);
        }
    }

    private async Task CreateAsync(IReadOnlyList<PlannedUser> plan, List<int> missing, ProvisionOutcome?[] outcomes, CancellationToken cancellationToken)
    {
        if (missing.Count == 0)
        {
            return;
        }

        var profiles = await salesforce.IdsByNameAsync("Profile", [.. missing.Select(i => plan[i].Profile!).Distinct(StringComparer.OrdinalIgnoreCase)], cancellationToken);
        var roleNames = missing.Select(i => plan[i].Role).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var roles = roleNames.Count == 0 ? new Dictionary<string, string>() : await salesforce.IdsByNameAsync("UserRole", roleNames, cancellationToken);
        var creating = new List<(int Index, SalesforceNewUser User)>();
        foreach (var i in missing)
        {
            var user = plan[i];
            if (!profiles.TryGetValue(user.Profile!, out var profileId))
            {
                outcomes[i] = new(user.Person, user.Username, ProvisionOutcomeKind.Refused, $"Salesforce has no profile named '{user.Profile}'");
            }
            else if (user.Role is { } role && !roles.ContainsKey(role))
            {
                outcomes[i] = new(user.Person, user.Username, ProvisionOutcomeKind.Refused, $"Salesforce has no role named '{role}' (Provisioning__Roles)");
            }
            else
            {
                creating.Add((i, new SalesforceNewUser
                {
                    Username = user.Username!,
                    Email = user.Email!,
                    FirstName = user.FirstName,
                    LastName = user.LastName!,
                    Alias = user.Alias!,
                    ProfileId = profileId,
                    UserRoleId = user.Role is { } r ? roles[r] : null,
                    TimeZoneSidKey = user.TimeZone,
                    LocaleSidKey = user.Locale,
                }));
            }
        }

        if (creating.Count == 0)
        {
            return;
        }

        IReadOnlyList<SalesforceSaveResult> results;
        try
        {
            results = await salesforce.CreateUsersAsync([.. creating.Select(c => c.User)], cancellationToken);
        }
        catch (SalesforceException e) when (e.Failure is SalesforceFailure.Unavailable or SalesforceFailure.BadAnswer)
        {
            // The answer was lost, not necessarily the work: whoever exists now was created by this call.
            var now = ByUsername(await salesforce.FindUsersAsync([.. creating.Select(c => c.User.Username)], cancellationToken));
            foreach (var (i, user) in creating)
            {
                outcomes[i] = now.TryGetValue(user.Username, out var made)
                    ? await OutcomeAsync(plan[i], ProvisionOutcomeKind.Created, made.Id, null, cancellationToken)
                    : new(plan[i].Person, plan[i].Username, ProvisionOutcomeKind.Failed, e.Message);
            }

            return;
        }

        for (var n = 0; n < creating.Count; n++)
        {
            var i = creating[n].Index;
            outcomes[i] = results[n].Success ? await OutcomeAsync(plan[i], ProvisionOutcomeKind.Created, results[n].Id, null, cancellationToken) : Refusal(plan[i], results[n]);
        }
    }

    private async Task<ProvisionOutcome> OutcomeAsync(PlannedUser user, ProvisionOutcomeKind kind, string? id, string? detail, CancellationToken cancellationToken) =>
        new(user.Person, user.Username, kind, detail, SalesforceClient.IsId(id) ? await salesforce.LinkAsync(id!, cancellationToken) : null);

    // Salesforce's statusCode in words a person can act on; its own message for the rest.
    private static ProvisionOutcome Refusal(PlannedUser user, SalesforceSaveResult result)
    {
        var error = result.Errors.Count > 0 ? result.Errors[0] : null;
        return error?.StatusCode switch
        {
            "LICENSE_LIMIT_EXCEEDED" => new(user.Person, user.Username, ProvisionOutcomeKind.NoSeat, "Salesforce has no free seat of this profile's licence (LICENSE_LIMIT_EXCEEDED)"),
            "DUPLICATE_USERNAME" => new(user.Person, user.Username, ProvisionOutcomeKind.Refused,
                "the username is taken, in this org or another (Salesforce usernames are unique across all orgs): set Provisioning__UsernameSuffix or create it by hand (DUPLICATE_USERNAME)"),
            { } code => new(user.Person, user.Username, ProvisionOutcomeKind.Refused, $"{code}: {error.Message}"),
            null => new(user.Person, user.Username, ProvisionOutcomeKind.Refused, "Salesforce refused it without saying why"),
        };
    }

    private static Dictionary<string, SalesforceUser> ByUsername(IEnumerable<SalesforceUser> users)
    {
        var map = new Dictionary<string, SalesforceUser>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in users)
        {
            if (user.Username is { } name && !string.IsNullOrEmpty(user.Id))
            {
                map.TryAdd(name, user);
            }
        }

        return map;
    }
}
