using System.Net;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Security;

/// <summary>Sign-ins never cross tenants: not by cookie, not by credentials. Run on SQLite and PostgreSQL.</summary>
public abstract class TenantIsolationTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    [Theory]
    [InlineData("http://localhost/accelecom/", "http://localhost/calltower/")]
    [InlineData("http://accelecom.localhost/", "http://calltower.localhost/")]
    public async Task A_login_cookie_issued_by_one_tenant_is_rejected_by_another(string issuer, string other)
    {
        using var accelecom = portal.Client(issuer);
        var login = await accelecom.LoginAsync(Demo.AccelecomAdmin, portal.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".selfcare.auth.accelecom="));
        var value = cookie.Split(';')[0].Split('=', 2)[1];
        Assert.Equal(HttpStatusCode.OK, (await accelecom.GetAsync("api/accounts")).StatusCode);

        // Presented under the other tenant's cookie name and under the issuer's name: both refused.
        foreach (var name in new[] { ".selfcare.auth.calltower", ".selfcare.auth.accelecom" })
        {
            using var stranger = portal.Client(other);
            stranger.Http.DefaultRequestHeaders.Add("Cookie", $"{name}={value}");
            var api = await stranger.GetAsync("api/accounts");
            Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
            var page = await stranger.GetAsync("");
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Contains("login", page.Headers.Location!.ToString());
        }
    }

    [Fact]
    public async Task A_user_of_one_tenant_cannot_log_in_on_another()
    {
        using var calltower = portal.Client("http://localhost/calltower/");
        var response = await calltower.LoginAsync(Demo.AccelecomAdmin, portal.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The username or password is not correct.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_antiforgery_token_from_one_tenant_does_not_validate_on_another()
    {
        using var accelecom = portal.Client("http://localhost/accelecom/");
        var page = await accelecom.GetStringAsync("login");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var calltower = portal.Client("http://localhost/calltower/");
        await calltower.GetStringAsync("login");
        var post = await calltower.Http.PostAsync("login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = Demo.CallTowerAdmin, ["Input.Password"] = portal.DemoPassword,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
    }

    [Fact]
    public async Task Sixth_wrong_password_is_refused_even_when_right()
    {
        using var client = portal.Client("http://localhost/accelerando/");
        for (var i = 0; i < 5; i++)
            await client.LoginAsync("frontdesk@mainstreetdental.example", "wrong-password");
        var response = await client.LoginAsync("frontdesk@mainstreetdental.example", portal.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Too many failed attempts", await response.Content.ReadAsStringAsync());
    }
}

public sealed class TenantIsolationOnSqlite(SqlitePortal portal) : TenantIsolationTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class TenantIsolationOnPostgres(PostgresPortal portal) : TenantIsolationTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
