using System.Net;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Api.ApiCalls;

namespace SelfCare.Tests.Api;

/// <summary>/api/v1 takes API keys of the current tenant in the Authorization header only; every refusal is a problem body.</summary>
public sealed class ApiAuthenticationTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private static async Task AssertUnauthorizedAsync(HttpResponseMessage response, string detailFragment)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains(detailFragment, problem.GetProperty("detail").GetString());
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_valid_key_reads_and_every_kind_of_bad_key_gets_401_with_a_problem_body()
    {
        var key = await CreateKeyAsync(portal, "accelecom", ["Accounts:read"]);
        using (var good = Client(portal, "accelecom", key))
            await JsonAsync(await good.GetAsync("api/v1/accounts"), HttpStatusCode.OK);

        using (var none = Client(portal, "accelecom", null))
            await AssertUnauthorizedAsync(await none.GetAsync("api/v1/accounts"), "Authorization: Bearer");

        var wrongSecret = key[..^4] + (key.EndsWith("AAAA") ? "BBBB" : "AAAA");
        using (var wrong = Client(portal, "accelecom", wrongSecret))
            await AssertUnauthorizedAsync(await wrong.GetAsync("api/v1/accounts"), "not valid for this portal");

        using (var malformed = Client(portal, "accelecom", "not-a-key"))
            await AssertUnauthorizedAsync(await malformed.GetAsync("api/v1/accounts"), "malformed");

        using var basic = Client(portal, "accelecom", null);
        basic.DefaultRequestHeaders.Authorization = new("Basic", "dXNlcjpwYXNz");
        await AssertUnauthorizedAsync(await basic.GetAsync("api/v1/accounts"), "Bearer");
    }

    [Fact]
    public async Task Revoked_and_expired_keys_stop_working_at_once()
    {
        var key = await CreateKeyAsync(portal, "accelecom", ["Accounts:read"]);
        using var client = Client(portal, "accelecom", key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/v1/accounts")).StatusCode);
        await RevokeAsync(portal, "accelecom", key);
        await AssertUnauthorizedAsync(await client.GetAsync("api/v1/accounts"), "revoked");

        var expired = await CreateKeyAsync(portal, "accelecom", ["Accounts:read"], DateTimeOffset.UtcNow.AddMinutes(-1));
        using var late = Client(portal, "accelecom", expired);
        await AssertUnauthorizedAsync(await late.GetAsync("api/v1/accounts"), "expired");
    }

    [Fact]
    public async Task A_key_in_the_query_string_is_refused_even_with_a_good_header()
    {
        var key = await CreateKeyAsync(portal, "accelecom", ["Accounts:read"]);
        using var anonymous = Client(portal, "accelecom", null);
        await AssertUnauthorizedAsync(await anonymous.GetAsync($"api/v1/accounts?access_token={key}"), "never in the URL");
        await AssertUnauthorizedAsync(await anonymous.GetAsync($"api/v1/accounts?api_key={key}"), "never in the URL");
        using var withHeader = Client(portal, "accelecom", key);
        await AssertUnauthorizedAsync(await withHeader.GetAsync($"api/v1/accounts?filter={key}"), "never in the URL");
    }

    [Fact]
    public async Task A_key_without_the_scope_gets_403_naming_the_missing_scope()
    {
        var readOnly = await CreateKeyAsync(portal, "accelecom", ["Accounts:read"]);
        using var reader = Client(portal, "accelecom", readOnly);
        var refused = await ProblemAsync(await reader.PutJsonAsync("api/v1/accounts/ext-1", new { number = "X-1", name = "X" }), HttpStatusCode.Forbidden);
        Assert.Contains("Accounts:write", refused.GetProperty("detail").GetString());

        var writeOnly = await CreateKeyAsync(portal, "accelecom", ["Accounts:write"]);
        using var writer = Client(portal, "accelecom", writeOnly);
        var noRead = await ProblemAsync(await writer.GetAsync("api/v1/accounts"), HttpStatusCode.Forbidden);
        Assert.Contains("Accounts:read", noRead.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_browser_cookie_of_a_tenant_admin_never_authenticates_the_api()
    {
        using var admin = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.AccelecomAdmin, portal.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("api/accounts")).StatusCode); // the portal's own API still takes it
        await AssertUnauthorizedAsync(await admin.GetAsync("api/v1/accounts"), "Authorization: Bearer");
        var put = await admin.Http.PutAsync("api/v1/accounts/ext-cookie", new StringContent("{\"number\":\"C-1\",\"name\":\"C\"}", System.Text.Encoding.UTF8, "application/json"));
        await AssertUnauthorizedAsync(put, "Authorization: Bearer");
    }

    [Fact]
    public async Task Unknown_v1_routes_answer_404_with_a_problem_body()
    {
        var key = await CreateKeyAsync(portal, "accelecom", ["Accounts:read"]);
        using var client = Client(portal, "accelecom", key);
        await ProblemAsync(await client.GetAsync("api/v1/nothing-here"), HttpStatusCode.NotFound);
    }
}
