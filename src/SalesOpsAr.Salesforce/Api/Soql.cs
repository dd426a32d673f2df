using System.Globalization;
using System.Text;

namespace SalesOpsAr.Salesforce.Api;

/// <summary>The SOQL the product sends, with its literals escaped as Salesforce documents (backslash before <c>\</c> and <c>'</c>).</summary>
public static class Soql
{
    /// <summary>A quoted string literal; control characters dropped (an address never holds one).</summary>
    public static string Literal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder("'", value.Length + 2);
        foreach (var c in value.Where(c => !char.IsControl(c)))
        {
            text.Append(c is '\\' or '\'' ? "\\" + c : c.ToString());
        }

        return text.Append('\'').ToString();
    }

    /// <summary>Active users idle for <paramref name="days"/> days (or who never logged in), counted per licence.</summary>
    public static string IdleCount(int days) => string.Create(CultureInfo.InvariantCulture,
        $"SELECT Profile.UserLicense.Name licence, COUNT(Id) idle FROM User WHERE IsActive = true AND (LastLoginDate = null OR LastLoginDate < LAST_N_DAYS:{days}) GROUP BY Profile.UserLicense.Name");

    /// <summary>The longest-idle active users, at most <paramref name="limit"/>, for the status page's list.</summary>
    public static string IdleUsers(int days, int limit) => string.Create(CultureInfo.InvariantCulture,
        $"SELECT Id, Username, Email, Name, IsActive, LastLoginDate, Profile.Name, Profile.UserLicense.Name FROM User WHERE IsActive = true AND (LastLoginDate = null OR LastLoginDate < LAST_N_DAYS:{days}) ORDER BY LastLoginDate ASC NULLS FIRST LIMIT {limit}");
}
