using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Host.Identity;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Users.UserTestKit;

namespace SelfCare.Tests.Users;

/// <summary>
/// Sign up for an account (accelecom) and Request portal access (accelerando): the account's customer admins approve or
/// reject, both ways by email; the answer never tells whether an account number exists; requests are rate-limited.
/// </summary>
public abstract class SignUpTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private const string Accelerando = "http://localhost/accelerando/";

    [Fact]
    public async Task A_sign_up_reaches_the_accounts_admins_only_and_an_approval_creates_a_user_who_activates()
    {
        using var anonymous = portal.Client(Base);
        Assert.Contains("Sign up for an account", await anonymous.GetStringAsync("login"));
        var email = Unique("joiner");
        Assert.Equal(HttpStatusCode.Redirect, (await SignUpAsync(anonymous, "ac-100102", email)).StatusCode);
        Assert.Contains(Host.Pages.SignUp.IndexModel.Answer, await anonymous.GetStringAsync("signup"));

        var toAdmin = Assert.Single(await MailToAsync(portal, Demo.BluegrassAdmin, OnboardingEmailTemplates.SignUpRequested), m => m.TextBody.Contains(email));
        Assert.Contains("AC-100102", toAdmin.TextBody);
        Assert.Empty((await MailToAsync(portal, Demo.DerbyAdmin, OnboardingEmailTemplates.SignUpRequested)).Where(m => m.TextBody.Contains(email)));
        var id = await RequestIdAsync(email);

        using var derby = await portal.Client(Base).LoggedInAsync(Demo.DerbyAdmin, portal.DemoPassword);
        Assert.DoesNotContain(email, await derby.GetStringAsync("users/requests"));
        Assert.Equal(HttpStatusCode.NotFound, (await DecideAsync(derby, id, "Approve")).StatusCode);
        using var lexington = await portal.Client(Base).LoggedInAsync(Demo.LexingtonUser, portal.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await lexington.GetAsync("users/requests")).StatusCode); // to /denied

        using var bluegrass = await portal.Client(Base).LoggedInAsync(Demo.BluegrassAdmin, portal.DemoPassword);
        Assert.Contains(email, await bluegrass.GetStringAsync("users/requests"));
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(bluegrass, id, "Approve")).StatusCode);
        Assert.DoesNotContain($"value=\"{id}\"", await bluegrass.GetStringAsync("users/requests"));
        Assert.Equal(HttpStatusCode.NotFound, (await DecideAsync(bluegrass, id, "Reject")).StatusCode); // decided once

        Assert.Contains("approved", Assert.Single(await MailToAsync(portal, email, OnboardingEmailTemplates.SignUpDecided)).TextBody);
        await using (var scope = Scope(portal))
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            Assert.Equal(["CustomerUser"], await users.GetRolesAsync(user));
            var links = await scope.ServiceProvider.GetRequiredService<TenantPlatformDbContext>().AccountLinks.Where(l => l.UserId == user.Id).ToListAsync();
            Assert.Equal(await AccountIdAsync(portal, "AC-100102"), Assert.Single(links).AccountId);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await ActivateAsync(anonymous, email, await WelcomeCodeAsync(portal, email))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.Client(Base).LoginAsync(email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_account_answers_the_same_a_rejection_is_emailed_and_requests_are_rate_limited()
    {
        using var anonymous = portal.Client(Base);
        await anonymous.GetAsync("login");
        var stranger = Unique("stranger");
        var unknown = await SignUpAsync(anonymous, "AC-999999", stranger);
        Assert.Equal(HttpStatusCode.Redirect, unknown.StatusCode);
        Assert.Contains(Host.Pages.SignUp.IndexModel.Answer, await anonymous.GetStringAsync("signup"));
        await using (var scope = Scope(portal))
        {
            var outbox = scope.ServiceProvider.GetRequiredService<SelfCare.Host.Email.EmailDbContext>().Outbox;
            Assert.False(await outbox.AnyAsync(m => m.TextBody.Contains(stranger)));
        }

        var rejected = Unique("rejected");
        Assert.Equal(HttpStatusCode.Redirect, (await SignUpAsync(anonymous, "AC-200200", rejected)).StatusCode);
        using var derby = await portal.Client(Base).LoggedInAsync(Demo.DerbyAdmin, portal.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(derby, await RequestIdAsync(rejected), "Reject")).StatusCode);
        Assert.Contains("did not approve", Assert.Single(await MailToAsync(portal, rejected, OnboardingEmailTemplates.SignUpDecided)).TextBody);
        Assert.Null(await UserIdAsync(portal, rejected));

        var invalid = await anonymous.PostFormAsync("signup", new Dictionary<string, string> { ["Input.AccountNumber"] = "", ["Input.Email"] = "nope" });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var body = await BodyAsync(invalid);
        Assert.Contains("Enter your company&#x27;s account number.", body);
        Assert.Contains("Enter a valid email address.", body);

        var eager = Unique("eager");
        for (var i = 1; i < Onboarding.PerEmailPerDay; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await SignUpAsync(anonymous, "AC-999999", eager)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignUpAsync(anonymous, "AC-100100", eager)).StatusCode);
        var limited = await SignUpAsync(anonymous, "AC-100100", eager);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Too many requests", await BodyAsync(limited));
    }

    [Fact]
    public async Task Request_portal_access_reaches_the_staff_and_the_tenant_admin_chooses_which_form_is_offered()
    {
        using var prospect = portal.Client(Accelerando);
        var login = await prospect.GetStringAsync("login");
        Assert.Contains("Request portal access", login);
        Assert.DoesNotContain("Sign up for an account", login);
        Assert.Equal(HttpStatusCode.NotFound, (await prospect.GetAsync("signup")).StatusCode);
        using var accelecom = portal.Client(Base);
        Assert.Equal(HttpStatusCode.NotFound, (await accelecom.GetAsync("request-access")).StatusCode);

        var email = Unique("prospect");
        var sent = await prospect.PostFormAsync("request-access", new Dictionary<string, string>
        {
            ["Input.Name"] = "Pat Prospect", ["Input.Company"] = "Main Street Bakery", ["Input.Email"] = email, ["Input.Phone"] = "502-555-0101",
            ["Input.Message"] = "We need the help desk.",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        foreach (var staff in new[] { "admin@accelerando.example", "tech@accelerando.example" })
            Assert.Contains(await MailToAsync(portal, staff, OnboardingEmailTemplates.AccessRequested, "accelerando"), m => m.TextBody.Contains(email));

        using var tech = await portal.Client(Accelerando).LoggedInAsync("tech@accelerando.example", portal.DemoPassword);
        var list = await tech.GetStringAsync("users/access-requests");
        Assert.Contains(email, list);
        Assert.Contains("Main Street Bakery", list);
        using var customer = await portal.Client(Accelerando).LoggedInAsync("office@mainstreetdental.example", portal.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await customer.GetAsync("users/access-requests")).StatusCode); // to /denied
        using var calltower = await portal.Client("http://localhost/calltower/").LoggedInAsync(Demo.CallTowerAdmin, portal.DemoPassword);
        Assert.DoesNotContain(email, await calltower.GetStringAsync("users/access-requests?all=true"));

        var id = await RequestIdAsync(email, "accelerando");
        Assert.Equal(HttpStatusCode.Redirect, (await tech.PostFormAsync("users/access-requests",
            new Dictionary<string, string> { ["id"] = id.ToString() }, "users/access-requests?handler=Handled")).StatusCode);
        Assert.DoesNotContain(email, await tech.GetStringAsync("users/access-requests"));
        Assert.Contains(email, await tech.GetStringAsync("users/access-requests?all=true"));

        using var admin = await portal.Client(Base).LoggedInAsync(Demo.AccelecomAdmin, portal.DemoPassword);
        Assert.Contains("checked=\"checked\" />\n            Sign up", (await admin.GetStringAsync("admin/sign-up")).Replace("\r", ""));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("admin/sign-up", new Dictionary<string, string> { ["Mode"] = "RequestAccess" })).StatusCode);
        Assert.Contains("Request portal access", await accelecom.GetStringAsync("login"));
        Assert.Equal(HttpStatusCode.OK, (await accelecom.GetAsync("request-access")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await accelecom.GetAsync("signup")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostFormAsync("admin/sign-up", new Dictionary<string, string> { ["Mode"] = "Everyone" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("admin/sign-up", new Dictionary<string, string> { ["Mode"] = "SignUp" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await accelecom.GetAsync("signup")).StatusCode);
        using var bluegrass = await portal.Client(Base).LoggedInAsync(Demo.BluegrassAdmin, portal.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await bluegrass.GetAsync("admin/sign-up")).StatusCode); // to /denied
    }

    private static Task<HttpResponseMessage> SignUpAsync(PortalClient client, string number, string email) =>
        client.PostFormAsync("signup", new Dictionary<string, string>
        {
            ["Input.AccountNumber"] = number, ["Input.Name"] = "Robin Joiner", ["Input.Email"] = email, ["Input.Message"] = "New in accounts payable.",
        });

    private static Task<HttpResponseMessage> DecideAsync(PortalClient admin, Guid id, string decision) =>
        admin.PostFormAsync("users/requests", new Dictionary<string, string> { ["id"] = id.ToString() }, $"users/requests?handler={decision}");

    private async Task<Guid> RequestIdAsync(string email, string tenantId = "accelecom")
    {
        await using var scope = Scope(portal, tenantId);
        return await scope.ServiceProvider.GetRequiredService<TenantPlatformDbContext>().OnboardingRequests
            .Where(r => r.Email == email).Select(r => r.Id).SingleAsync();
    }
}

public sealed class SignUpOnSqlite(SqlitePortal portal) : SignUpTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class SignUpOnPostgres(PostgresPortal portal) : SignUpTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
