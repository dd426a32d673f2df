using SalesOpsAr.Salesforce;
using SalesOpsAr.Salesforce.Api;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Workflow.Licences;

namespace SalesOpsAr.Worker.Features.Licences;

/// <summary>What a seat read says, in the terms the waiting line's rules and the status page use.</summary>
internal static class SalesforceReading
{
    /// <summary>Each licence's counts, user licences then add-ons; a licence without a name is left out.</summary>
    public static IReadOnlyList<LicenceSeat> Seats(SalesforceSeats seats) =>
    [
        .. seats.UserLicenses.Select(l => Seat(l.Name ?? l.MasterLabel, addOn: false, l.TotalLicenses, l.UsedLicenses)).OfType<LicenceSeat>(),
        .. seats.PermissionSetLicenses.Select(l => Seat(l.DeveloperName ?? l.MasterLabel, addOn: true, l.TotalLicenses, l.UsedLicenses)).OfType<LicenceSeat>(),
    ];

    /// <summary>The counts as the rules read them (nonsense counts stay nonsense: the rules decide nothing on them).</summary>
    public static IReadOnlyList<SeatCount> Counts(IEnumerable<LicenceSeat> seats) => [.. seats.Select(s => new SeatCount(s.Licence, s.Total, s.Used))];

    /// <summary>Profile → licence from Salesforce itself, the default licence and the add-on words from the configuration.</summary>
    public static LicenceMap Map(SalesforceSeats seats, SalesforceOptions options) => new(
        options.DefaultLicence,
        seats.Profiles.Where(p => p.Name is not null && p.UserLicense?.Name is not null)
            .GroupBy(p => p.Name!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().UserLicense!.Name!, StringComparer.OrdinalIgnoreCase),
        options.AddOns);

    /// <summary>The addresses that have an active user (an inactive one needs a seat again to be reactivated).</summary>
    public static IReadOnlySet<string> Active(SalesforceSeats seats) =>
        seats.Users.Where(u => u.IsActive && u.Email is not null).Select(u => u.Email!).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static LicenceSeat? Seat(string? name, bool addOn, int? total, int? used) =>
        name is null ? null : new LicenceSeat(name, addOn, total ?? -1, used ?? -1, total is >= 0 && used is >= 0 && used <= total);
}
