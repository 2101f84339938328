using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Services;

/// <summary>Reads the Services page the way a person does: the service ids it lists and their detail links.</summary>
internal static partial class ServicePages
{
    [GeneratedRegex("<strong class=\"service-id\">([^<]+)</strong>")]
    private static partial Regex ServiceIdPattern();

    [GeneratedRegex("services/details/([0-9a-f-]{36})\"")]
    private static partial Regex DetailsLinkPattern();

    public static async Task<List<string>> ServiceIds(PortalClient client, string query = "") =>
        ServiceIdPattern().Matches(await client.GetStringAsync("services" + query)).Select(m => m.Groups[1].Value).ToList();

    /// <summary>The internal id of a service, found through the list of a user who may see it.</summary>
    public static async Task<string> IdOf(PortalClient client, string serviceId)
    {
        var page = await client.GetStringAsync("services?q=" + Uri.EscapeDataString(serviceId));
        return DetailsLinkPattern().Match(page).Groups[1].Value;
    }

    public static async Task<Dictionary<string, string>> AccountIds(PortalClient client) =>
        (await client.Http.GetFromJsonAsync<JsonElement[]>("api/accounts"))!
            .ToDictionary(a => a.GetProperty("number").GetString()!, a => a.GetProperty("id").GetString()!);
}
