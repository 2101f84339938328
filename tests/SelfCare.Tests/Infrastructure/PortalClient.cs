using System.Net;
using System.Text.RegularExpressions;

namespace SelfCare.Tests.Infrastructure;

/// <summary>An HTTP client with cookies that can fill the portal's forms (antiforgery token included).</summary>
public sealed partial class PortalClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public async Task<string> GetStringAsync(string url)
    {
        var response = await Http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Loads <paramref name="formPage"/> for its antiforgery token, then posts the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, IDictionary<string, string> fields, string? action = null)
    {
        var page = await GetStringAsync(formPage);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {formPage}");
        var content = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await Http.PostAsync(action ?? formPage, new FormUrlEncodedContent(content));
    }

    public async Task<HttpResponseMessage> LoginAsync(string email, string password) =>
        await PostFormAsync("login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    public async Task<PortalClient> LoggedInAsync(string email, string password)
    {
        var response = await LoginAsync(email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Login of {email} failed: {(int)response.StatusCode}");
        return this;
    }

    public void Dispose() => Http.Dispose();
}
