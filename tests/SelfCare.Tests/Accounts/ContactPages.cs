using System.Net;
using System.Text.RegularExpressions;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Accounts;

/// <summary>Reads the Contacts and Locations pages the way a person does: the names listed and their links.</summary>
internal static partial class ContactPages
{
    [GeneratedRegex("<td class=\"contact-name\">([^<]*)</td>")]
    private static partial Regex ContactNamePattern();

    [GeneratedRegex("<td class=\"location-name\">([^<]*)</td>")]
    private static partial Regex LocationNamePattern();

    [GeneratedRegex("contacts/details/([0-9a-f-]{36})\"")]
    private static partial Regex ContactLinkPattern();

    [GeneratedRegex("locations/edit/([0-9a-f-]{36})\"")]
    private static partial Regex LocationLinkPattern();

    public static async Task<List<string>> ContactNames(PortalClient client, string query = "") =>
        ContactNamePattern().Matches(await client.GetStringAsync("accounts/contacts" + query))
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    public static async Task<List<string>> LocationNames(PortalClient client, string query = "") =>
        LocationNamePattern().Matches(await client.GetStringAsync("accounts/locations" + query))
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    public static async Task<string> ContactId(PortalClient client, string name) =>
        ContactLinkPattern().Match(await client.GetStringAsync("accounts/contacts?q=" + Uri.EscapeDataString(name))).Groups[1].Value;

    public static async Task<string> LocationId(PortalClient client, string name) =>
        LocationLinkPattern().Match(await client.GetStringAsync("accounts/locations?q=" + Uri.EscapeDataString(name))).Groups[1].Value;
}
