using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Tenancy;

/// <summary>The host operator's UI and JSON API, including every kind of bad input.</summary>
public sealed class HostAdministrationTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task Api_refuses_missing_and_wrong_keys_with_a_problem_body()
    {
        using var client = portal.Client("http://localhost/");
        var missing = await client.GetAsync("api/host/tenants");
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);

        client.Http.DefaultRequestHeaders.Add("X-Admin-Key", "not-the-key-but-long-enough");
        var wrong = await client.GetAsync("api/host/tenants");
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Contains("revoked", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Api_lists_tenants_without_secrets()
    {
        using var api = Api();
        var json = await api.GetStringAsync("api/host/tenants");
        var tenants = JsonSerializer.Deserialize<JsonElement[]>(json)!;
        Assert.Contains(tenants, t => t.GetProperty("id").GetString() == "accelecom");
        Assert.DoesNotContain("Data Source", json);
        Assert.DoesNotContain("connectionString", json, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{not json", "")]
    [InlineData("{\"id\":\"okid\",\"unexpected\":1}", "")]
    [InlineData("{\"id\":42}", "")]
    [InlineData("[]", "")]
    public async Task Api_answers_malformed_json_with_400_problem(string body, string _)
    {
        using var api = Api();
        var response = await api.PostAsync("api/host/tenants", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("Bad Id!", "x1", "Default", "UTC", "a@b.example", "id")]
    [InlineData("accelecom", "x2", "Default", "UTC", "a@b.example", "id")]
    [InlineData("fresh1", "accelecom", "Default", "UTC", "a@b.example", "prefix")]
    [InlineData("fresh2", "host", "Default", "UTC", "a@b.example", "prefix")]
    [InlineData("fresh3", "x3", "NoSuchTheme", "UTC", "a@b.example", "theme")]
    [InlineData("fresh4", "x4", "Default", "Mars/Olympus", "a@b.example", "timeZone")]
    [InlineData("fresh5", "x5", "Default", "UTC", "not-an-email", "firstAdminEmail")]
    [InlineData("fresh6", "x6", "Default", "UTC", "", "firstAdminEmail")]
    public async Task Api_explains_each_invalid_field(string id, string prefix, string theme, string tz, string email, string field)
    {
        using var api = Api();
        var response = await api.PostAsJsonAsync("api/host/tenants", new
        {
            id, name = "Some Name", prefix, theme, timeZone = tz, firstAdminEmail = email,
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var message = problem.GetProperty("errors").GetProperty(field)[0].GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
    }

    [Fact]
    public async Task Api_refuses_hostile_values_without_500()
    {
        using var api = Api();
        var hostile = new[] { new string('a', 5000), "<script>alert(1)</script>", "'; DROP TABLE tenants; --", "\u0000\u0001", "тенант", "😀" };
        foreach (var value in hostile)
        {
            var response = await api.PostAsJsonAsync("api/host/tenants", new
            {
                id = value, name = value, hosts = new[] { value }, prefix = value, theme = value, timeZone = value,
                databaseProvider = value, featureProfile = new[] { value }, firstAdminEmail = value,
            });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        var unknown = await api.PostAsync("api/host/tenants/no-such-tenant/disable", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Operator_logs_in_lists_tenants_and_creates_one_from_the_form()
    {
        using var host = portal.Client("http://localhost/");
        var login = await host.PostFormAsync("host/login", new Dictionary<string, string>
        {
            ["Input.Email"] = portal.OperatorEmail, ["Input.Password"] = portal.OperatorPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var list = await host.GetStringAsync("host");
        Assert.Contains("accelecom", list);
        Assert.Contains("accelerando", list);

        var invalid = await host.PostFormAsync("host/create", new Dictionary<string, string>
        {
            ["Form.Id"] = "X", ["Form.Name"] = "", ["Form.FirstAdminEmail"] = "nope",
        });
        var invalidHtml = await invalid.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("The tenant was not created", invalidHtml);
        Assert.Contains("Enter a display name", invalidHtml);

        var created = await host.PostFormAsync("host/create", new Dictionary<string, string>
        {
            ["Form.Id"] = "formco", ["Form.Name"] = "Form Co", ["Form.Hosts"] = "formco.localhost", ["Form.Theme"] = "Accelerando",
            ["Form.TimeZone"] = "America/New_York", ["Form.DatabaseProvider"] = "Sqlite", ["Form.FeatureProfile"] = "Accounts",
            ["Form.FirstAdminEmail"] = "admin@formco.example",
        });
        var html = await created.Content.ReadAsStringAsync();
        Assert.Contains("is running", html);
        Assert.Contains("http://formco.localhost/activate?email=admin%40formco.example", html);
        using var tenant = portal.Client("http://formco.localhost/");
        Assert.Contains("theme-accelerando", await tenant.GetStringAsync("login"));
    }

    private HttpClient Api()
    {
        var client = portal.Client("http://localhost/").Http;
        client.DefaultRequestHeaders.Add("X-Admin-Key", portal.AdminApiKey);
        return client;
    }
}
