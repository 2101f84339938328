using System.Net;
using System.Text.RegularExpressions;

namespace SelfCare.Benchmarks.AccountDetails;

/// <summary>
/// A user signed in on the tenant's login form. <see cref="CookieHeader"/> lets wrk send the same session;
/// <see cref="Client"/> (cookies kept) checks pages and downloads exports.
/// </summary>
internal sealed partial class PortalSession : IDisposable
{
    private readonly SocketsHttpHandler _handler;

    private PortalSession(SocketsHttpHandler handler, HttpClient client, string cookieHeader)
    {
        _handler = handler;
        Client = client;
        CookieHeader = cookieHeader;
    }

    public HttpClient Client { get; }
    public string CookieHeader { get; }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public static async Task<PortalSession> SignInAsync(string tenantBase, string email, string password)
    {
        var cookies = new CookieContainer();
        var handler = new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, CookieContainer = cookies };
        var client = new HttpClient(handler) { BaseAddress = new Uri(tenantBase), Timeout = TimeSpan.FromMinutes(2) };
        var html = await client.GetStringAsync("login");
        var token = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        using var login = await client.PostAsync("login", new FormUrlEncodedContent(
            [new("Input.Email", email), new("Input.Password", password), new("__RequestVerificationToken", token)]));
        if (login.StatusCode != HttpStatusCode.Redirect)
        {
            client.Dispose();
            throw new InvalidOperationException($"Login of {email} failed: {(int)login.StatusCode}");
        }
        return new PortalSession(handler, client, "Cookie: " + cookies.GetCookieHeader(new Uri(tenantBase)));
    }

    /// <summary>The page must answer 200 as this user (a redirect to the login page would count as success in wrk).</summary>
    public async Task<int> CheckAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode} for the signed-in user.");
        return body.Length;
    }

    public void Dispose()
    {
        Client.Dispose();
        _handler.Dispose();
    }
}
