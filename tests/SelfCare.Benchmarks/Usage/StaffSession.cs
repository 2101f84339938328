using System.Net;
using System.Text.RegularExpressions;

namespace SelfCare.Benchmarks.Usage;

/// <summary>A signed-in browser-like client (cookies) for page exports.</summary>
internal static partial class StaffSession
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public static async Task<HttpClient> LoginAsync(string tenantBase, string email, string password)
    {
        var handler = new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        var client = new HttpClient(handler, disposeHandler: true) { BaseAddress = new Uri(tenantBase), Timeout = TimeSpan.FromMinutes(10) };
        var html = await client.GetStringAsync("login");
        var token = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        var login = await client.PostAsync("login", new FormUrlEncodedContent(
            [new("Input.Email", email), new("Input.Password", password), new("__RequestVerificationToken", token)]));
        if (login.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Login of {email} failed: {(int)login.StatusCode}");
        return client;
    }
}
