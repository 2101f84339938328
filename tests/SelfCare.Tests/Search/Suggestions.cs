using System.Net;
using System.Text.Json;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Search;

/// <summary>Reads /search/suggest: the titles per group, and the hint.</summary>
internal static class Suggestions
{
    public static async Task<JsonElement> JsonAsync(PortalClient client, string q)
    {
        var response = await client.GetAsync("search/suggest?q=" + Uri.EscapeDataString(q));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"suggest {q}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Group name to hit titles, in the order given.</summary>
    public static async Task<Dictionary<string, string[]>> GroupsAsync(PortalClient client, string q) =>
        (await JsonAsync(client, q)).GetProperty("groups").EnumerateArray().ToDictionary(
            g => g.GetProperty("group").GetString()!,
            g => g.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToArray());

    public static async Task<string[]> TitlesAsync(PortalClient client, string q, string group = "Accounts") =>
        (await GroupsAsync(client, q)).TryGetValue(group, out var titles) ? titles : [];
}
