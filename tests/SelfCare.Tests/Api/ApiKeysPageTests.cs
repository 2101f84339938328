using System.Net;
using System.Text.RegularExpressions;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Api.ApiCalls;

namespace SelfCare.Tests.Api;

/// <summary>Admin > API keys: tenant admins create keys (shown once), see them listed without the secret, and revoke them.</summary>
public sealed partial class ApiKeysPageTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex(@"sck_[0-9a-f]{16}_[A-Za-z0-9_-]{43}")]
    private static partial Regex Key();

    private Task<PortalClient> AdminAsync(string tenant = "accelecom", string email = Demo.AccelecomAdmin) =>
        portal.Client($"http://localhost/{tenant}/").LoggedInAsync(email, portal.DemoPassword);

    private static async Task<HttpResponseMessage> PostAsync(PortalClient client, string handler, params (string Name, string Value)[] fields)
    {
        var page = await client.GetStringAsync("admin/api-keys");
        var token = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        var content = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", token));
        return await client.Http.PostAsync($"admin/api-keys?handler={handler}", new FormUrlEncodedContent(content));
    }

    [Fact]
    public async Task A_created_key_is_shown_once_works_is_listed_without_its_secret_and_can_be_revoked()
    {
        using var admin = await AdminAsync();
        var created = await PostAsync(admin, "Create", ("Input.Name", "Billing sync"), ("Input.Scopes", "Accounts:read"), ("Input.Scopes", "Accounts:write"));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("no-store", created.Headers.CacheControl?.ToString());
        var html = await created.Content.ReadAsStringAsync();
        Assert.Contains("shown only this once", html);
        var key = Key().Match(html).Value;
        Assert.NotEmpty(key);
        var secret = key[21..];

        using (var api = Client(portal, "accelecom", key))
        {
            await JsonAsync(await api.GetAsync("api/v1/accounts"), HttpStatusCode.OK);
            await JsonAsync(await api.PutJsonAsync("api/v1/accounts/page-made", new { number = "PM-1", name = "Page made" }), HttpStatusCode.Created);
        }

        var list = await admin.GetStringAsync("admin/api-keys");
        Assert.DoesNotContain(secret, list);
        Assert.False(Key().IsMatch(list));
        Assert.Contains("Billing sync", list);
        Assert.Contains("Account Details: read, Account Details: write", list);
        Assert.Contains("Active", list);
        Assert.Contains("API keys", list); // the admin link in the shell
        var row = list[list.IndexOf("Billing sync", StringComparison.Ordinal)..];
        Assert.DoesNotContain("<td>Never</td>", row[..row.IndexOf("</tr>", StringComparison.Ordinal)]); // last used is recorded

        var id = key.Split('_')[1];
        var revoked = await PostAsync(admin, "Revoke", ("id", id));
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var after = await admin.GetStringAsync("admin/api-keys");
        Assert.Contains("is revoked", after);
        Assert.Contains("Revoked", after);
        using var revokedApi = Client(portal, "accelecom", key);
        await ProblemAsync(await revokedApi.GetAsync("api/v1/accounts"), HttpStatusCode.Unauthorized);

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(admin, "Revoke", ("id", "0000000000000000"))).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_messages_and_no_key()
    {
        using var admin = await AdminAsync("calltower", Demo.CallTowerAdmin);
        var empty = await (await PostAsync(admin, "Create", ("Input.Name", ""))).Content.ReadAsStringAsync();
        Assert.Contains("Give the key a name", empty);
        Assert.Contains("Choose at least one scope", empty);
        Assert.False(Key().IsMatch(empty));

        var forged = await (await PostAsync(admin, "Create", ("Input.Name", "Forged"), ("Input.Scopes", "Support:write"))).Content.ReadAsStringAsync();
        Assert.Contains("Choose scopes from the list only", forged);
        Assert.False(Key().IsMatch(forged));

        var past = await (await PostAsync(admin, "Create", ("Input.Name", "Old"), ("Input.Scopes", "Accounts:read"), ("Input.ExpiresOn", "2020-01-01"))).Content.ReadAsStringAsync();
        Assert.Contains("today or later", past);
        Assert.False(Key().IsMatch(past));

        var garbage = await PostAsync(admin, "Create", ("Input.Name", "<script>alert(1)</script>"), ("Input.Scopes", "Accounts:read"), ("Input.ExpiresOn", "not-a-date"));
        Assert.Equal(HttpStatusCode.OK, garbage.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", await garbage.Content.ReadAsStringAsync());

        var dated = await (await PostAsync(admin, "Create", ("Input.Name", "Dated"), ("Input.Scopes", "Accounts:read"),
            ("Input.ExpiresOn", DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd")))).Content.ReadAsStringAsync();
        Assert.True(Key().IsMatch(dated));
        Assert.Contains("Active until", await admin.GetStringAsync("admin/api-keys"));
    }

    [Fact]
    public async Task Only_tenant_admins_reach_the_page()
    {
        foreach (var email in new[] { Demo.BluegrassAdmin, Demo.LexingtonUser, Demo.AccelecomStaff })
        {
            using var user = await portal.Client("http://localhost/accelecom/").LoggedInAsync(email, portal.DemoPassword);
            var page = await user.GetAsync("admin/api-keys");
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Contains("/denied", page.Headers.Location!.ToString());
            Assert.DoesNotContain("API keys", await user.GetStringAsync(""));
        }
        using var anonymous = portal.Client("http://localhost/accelecom/");
        var login = await anonymous.GetAsync("admin/api-keys");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("login", login.Headers.Location!.ToString());
    }
}
