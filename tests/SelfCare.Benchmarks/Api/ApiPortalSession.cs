using System.Net;
using System.Text.RegularExpressions;

namespace SelfCare.Benchmarks.Api;

/// <summary>Logs in as the demo tenant admin and creates an API key on Admin > API keys, as a person would.</summary>
internal static partial class ApiPortalSession
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex(@"sck_[0-9a-f]{16}_[A-Za-z0-9_-]{43}")]
    private static partial Regex Key();

    public static async Task<string> CreateKeyAsync(string tenantBase, string email, string password, string name, params string[] scopes)
    {
        using var handler = new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(tenantBase), Timeout = TimeSpan.FromSeconds(60) };
        var login = await PostAsync(client, "login", "login", [("Input.Email", email), ("Input.Password", password)]);
        if (login.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Login of {email} failed: {(int)login.StatusCode}");
        var created = await PostAsync(client, "admin/api-keys", "admin/api-keys?handler=Create",
            [("Input.Name", name), .. scopes.Select(s => ("Input.Scopes", s))]);
        var match = Key().Match(await created.Content.ReadAsStringAsync());
        return match.Success ? match.Value : throw new InvalidOperationException($"No key in the answer ({(int)created.StatusCode}).");
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, IEnumerable<(string, string)> fields)
    {
        var html = await client.GetStringAsync(page);
        var token = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        var content = fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)).Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(action, new FormUrlEncodedContent(content));
    }
}
