using System.Net;
using SelfCare.Host.Identity;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Api.ApiCalls;
using static SelfCare.Tests.Users.UserTestKit;

namespace SelfCare.Tests.Users;

/// <summary>
/// /api/v1/users: PUT by external id creates a user with the welcome email (then replaces), GET reads, deactivate ends
/// the user's sessions; bad input is a 400 problem naming the field; another tenant's key never sees the user.
/// </summary>
public abstract class UsersApiTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    [Fact]
    public async Task A_user_created_by_the_api_gets_the_welcome_email_activates_and_is_deactivated_by_the_api()
    {
        using var api = Client(portal, "accelecom", await CreateKeyAsync(portal, "accelecom", ["Accounts:read", "Accounts:write"]));
        var email = Unique("apiuser");
        var externalId = $"hr-{Guid.NewGuid():N}"[..15];
        var body = new { email, name = "Api User", role = "CustomerUser", accountNumbers = new[] { "AC-100102" }, phone = "859-555-0190" };
        var first = await api.PutJsonAsync($"api/v1/users/{externalId}", body);
        var created = await JsonAsync(first, HttpStatusCode.Created);
        Assert.Equal(externalId, created.GetProperty("externalId").GetString());
        Assert.Equal("CustomerUser", created.GetProperty("role").GetString());
        Assert.Equal("AC-100102", created.GetProperty("accounts")[0].GetProperty("number").GetString());
        Assert.False(created.GetProperty("activated").GetBoolean());
        Assert.Single(await MailToAsync(portal, email, UserEmailTemplates.Welcome));

        var again = await JsonAsync(await api.PutJsonAsync($"api/v1/users/{externalId}", body), HttpStatusCode.OK);
        Assert.Equal(created.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.Single(await MailToAsync(portal, email, UserEmailTemplates.Welcome));

        using var anonymous = portal.Client(Base);
        Assert.Equal(HttpStatusCode.Redirect, (await ActivateAsync(anonymous, email, await WelcomeCodeAsync(portal, email))).StatusCode);
        using var user = await portal.Client(Base).LoggedInAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("")).StatusCode);

        var read = await JsonAsync(await api.GetAsync($"api/v1/users/{externalId}"), HttpStatusCode.OK);
        Assert.True(read.GetProperty("activated").GetBoolean());
        var changed = await JsonAsync(await api.PutJsonAsync($"api/v1/users/{externalId}",
            new { email, name = "Api User Renamed", role = "CustomerAdmin", accountNumbers = new[] { "AC-100102", "AC-100103" } }), HttpStatusCode.OK);
        Assert.Equal("Api User Renamed", changed.GetProperty("name").GetString());
        Assert.Equal(2, changed.GetProperty("accounts").GetArrayLength());

        var deactivated = await JsonAsync(await api.PostAsync($"api/v1/users/{externalId}/deactivate", null), HttpStatusCode.OK);
        Assert.False(deactivated.GetProperty("active").GetBoolean());
        Assert.Equal(HttpStatusCode.Redirect, (await user.GetAsync("")).StatusCode); // the open session ends
        await ProblemAsync(await api.PostAsync("api/v1/users/nobody-here/deactivate", null), HttpStatusCode.NotFound);
        await ProblemAsync(await api.GetAsync("api/v1/users/nobody-here"), HttpStatusCode.NotFound);

        using var calltower = Client(portal, "calltower", await CreateKeyAsync(portal, "calltower", ["Accounts:read", "Accounts:write"]));
        await ProblemAsync(await calltower.GetAsync($"api/v1/users/{externalId}"), HttpStatusCode.NotFound);
        using var readOnly = Client(portal, "accelecom", await CreateKeyAsync(portal, "accelecom", ["Accounts:read"]));
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PutJsonAsync($"api/v1/users/{externalId}", body)).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_a_problem_naming_the_field()
    {
        using var api = Client(portal, "accelecom", await CreateKeyAsync(portal, "accelecom", ["Accounts:read", "Accounts:write"]));
        async Task<string> FieldAsync(object body, string field, string externalId = "bad-input") =>
            FieldErrors(await ProblemAsync(await api.PutJsonAsync($"api/v1/users/{externalId}", body), HttpStatusCode.BadRequest), field);

        Assert.Contains("required", await FieldAsync(new { name = "X", role = "CustomerUser", accountNumbers = new[] { "AC-100102" } }, "email"));
        Assert.Contains("name@example.com", await FieldAsync(new { email = "nope", name = "X", role = "CustomerUser", accountNumbers = new[] { "AC-100102" } }, "email"));
        Assert.Contains("The role is one of", await FieldAsync(new { email = "a@example.org", name = "X", role = "Owner" }, "role"));
        Assert.Contains("at least one account", await FieldAsync(new { email = "a@example.org", name = "X", role = "CustomerUser" }, "accountExternalIds"));
        Assert.Contains("No account has the number", await FieldAsync(new { email = "a@example.org", name = "X", role = "CustomerUser", accountNumbers = new[] { "AC-999999" } }, "accountNumbers"));
        Assert.Contains("name no accounts", await FieldAsync(new { email = "a@example.org", name = "X", role = "Staff", accountNumbers = new[] { "AC-100102" } }, "accountExternalIds"));
        Assert.Contains("Another login already uses this email address.",
            await FieldAsync(new { email = Demo.LexingtonUser, name = "X", role = "CustomerUser", accountNumbers = new[] { "AC-100102" } }, "email", "dup-email"));
        await ProblemAsync(await api.PutJsonAsync("api/v1/users/bad-json", "{\"email\": "), HttpStatusCode.BadRequest);
        await ProblemAsync(await api.PutJsonAsync("api/v1/users/x", "{\"email\":\"a@example.org\",\"unknown\":1}"), HttpStatusCode.BadRequest);
        await ProblemAsync(await api.GetAsync("api/v1/users/bad%20id"), HttpStatusCode.BadRequest);
        Assert.Null(await UserIdAsync(portal, "a@example.org"));
    }
}

public sealed class UsersApiOnSqlite(SqlitePortal portal) : UsersApiTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class UsersApiOnPostgres(PostgresPortal portal) : UsersApiTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
