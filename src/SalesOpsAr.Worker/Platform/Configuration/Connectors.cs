using Microsoft.Extensions.Options;
using SalesOpsAr.Salesforce;
using SalesOpsAr.Scim;
using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Licences;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>
/// Which Sales systems the bot can provision here (#24): Salesforce through its own connector, the others through a
/// SCIM service each. One answer for the commands, the verification, the Slack buttons and the check before completion.
/// </summary>
internal sealed class Connectors(IOptions<SalesforceOptions> salesforce, IOptions<ScimOptions> scim, ArRules rules)
{
    /// <summary>Some system can be provisioned (the Provision button, the verification before completion).</summary>
    public bool AnyOn => salesforce.Value.IsOn || scim.Value.IsOn;

    public static bool IsSalesforce(string? system) => string.Equals(system, LicenceHold.System, StringComparison.OrdinalIgnoreCase);

    /// <summary>The system (a configured Sales system's name) has a connector here.</summary>
    public bool Connects(string system) => IsSalesforce(system) ? salesforce.Value.IsOn : scim.Value.For(system) is not null;

    /// <summary>The system the AR asks for that <paramref name="word"/> names (its name or one of its keywords, <c>SFDC</c>); null when none.</summary>
    public string? AskedFor(ArRequest request, string? word)
    {
        ArgumentNullException.ThrowIfNull(request);
        return word is null ? null : request.Systems.FirstOrDefault(s => rules.Settings.SalesSystems.Any(k => string.Equals(k.Name, s, StringComparison.OrdinalIgnoreCase)
            && (string.Equals(k.Name, word, StringComparison.OrdinalIgnoreCase) || k.Keywords.Contains(word, StringComparer.OrdinalIgnoreCase))));
    }
}
