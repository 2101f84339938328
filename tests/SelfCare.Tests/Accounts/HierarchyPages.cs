using System.Net;
using System.Text.RegularExpressions;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Accounts;

/// <summary>Reads the Manage Hierarchy page the way a person does: each group's totals and the forms' ids.</summary>
internal static partial class HierarchyPages
{
    [GeneratedRegex("<tr class=\"(?:group|ungrouped)\" data-group=\"([^\"]+)\">(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<tr class=\"total\">(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex TotalPattern();

    [GeneratedRegex("<td class=\"group-accounts\">(\\d+)</td>")]
    private static partial Regex AccountsCell();

    [GeneratedRegex("<td class=\"figure-services\">([\\d,]+)</td>")]
    private static partial Regex ServicesCell();

    [GeneratedRegex("id=\"name-([0-9a-f-]{36})\" name=\"GroupName\" value=\"([^\"]*)\"")]
    private static partial Regex GroupIdPattern();

    /// <summary>Group path (e.g. "East Coast / New England", or "Ungrouped") → (accounts, services or null when the figure is hidden).</summary>
    public static Dictionary<string, (int Accounts, int? Services)> Totals(string html) =>
        RowPattern().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => Cells(m.Groups[2].Value));

    public static (int Accounts, int? Services) Total(string html)
    {
        var m = TotalPattern().Match(html);
        Assert.True(m.Success, "No total row");
        return Cells(m.Groups[1].Value);
    }

    /// <summary>Group name → id, from the edit forms (only editors see them).</summary>
    public static Dictionary<string, string> GroupIds(string html) =>
        GroupIdPattern().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[2].Value), m => m.Groups[1].Value);

    /// <summary>Posts a handler of the page (query such as "?owner=..." or "?groupId=...").</summary>
    public static Task<HttpResponseMessage> Post(PortalClient client, string handler, Dictionary<string, string> fields, string query = "") =>
        client.PostFormAsync("accounts/hierarchy", fields, $"accounts/hierarchy?handler={handler}{query.Replace('?', '&')}");

    private static (int, int?) Cells(string row)
    {
        var services = ServicesCell().Match(row);
        return (int.Parse(AccountsCell().Match(row).Groups[1].Value),
            services.Success ? int.Parse(services.Groups[1].Value.Replace(",", "")) : null);
    }
}
