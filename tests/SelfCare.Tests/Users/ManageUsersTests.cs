using System.Net;
using System.Text.RegularExpressions;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Users.UserTestKit;

namespace SelfCare.Tests.Users;

/// <summary>
/// Manage Users per route: a customer admin manages only customer users of their hierarchy and grants no role above
/// their own; the tenant admin manages everyone; deactivation ends the user's sessions at their next request.
/// </summary>
public abstract class ManageUsersTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    [Fact]
    public async Task A_customer_admin_sees_and_edits_only_users_of_their_hierarchy()
    {
        var lexington = (await UserIdAsync(portal, Demo.LexingtonUser))!;
        var staff = (await UserIdAsync(portal, Demo.AccelecomStaff))!;
        var derby = (await UserIdAsync(portal, Demo.DerbyAdmin))!;
        using var bluegrass = await portal.Client(Base).LoggedInAsync(Demo.BluegrassAdmin, portal.DemoPassword);
        using var derbyAdmin = await portal.Client(Base).LoggedInAsync(Demo.DerbyAdmin, portal.DemoPassword);

        var list = await bluegrass.GetStringAsync("users");
        Assert.Contains(Demo.LexingtonUser, list);
        Assert.DoesNotContain(Demo.DerbyAdmin, list);
        Assert.DoesNotContain(Demo.AccelecomStaff, list);
        var csv = await bluegrass.GetStringAsync("users?handler=Csv");
        Assert.Contains("Name,Username (email),Role,Accounts,Phone,Status", csv);
        Assert.Contains(Demo.LexingtonUser, csv);
        Assert.DoesNotContain(Demo.DerbyAdmin, csv);
        Assert.Equal(HttpStatusCode.OK, (await bluegrass.GetAsync($"users/{lexington}")).StatusCode);

        foreach (var (client, id) in new[] { (bluegrass, staff), (bluegrass, derby), (derbyAdmin, lexington) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"users/{id}")).StatusCode);
            foreach (var tab in new[] { "options", "additional" })
            {
                var form = await client.PostFormAsync("users", new Dictionary<string, string> { ["Active"] = "false", ["Contact.Phone"] = "555" },
                    $"users/{id}?handler={tab}");
                Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
            }
        }
        Assert.DoesNotContain(Demo.LexingtonUser, await derbyAdmin.GetStringAsync("users?handler=Csv"));

        using var customerUser = await portal.Client(Base).LoggedInAsync(Demo.LexingtonUser, portal.DemoPassword);
        foreach (var path in new[] { "users", "users/new", $"users/{lexington}" })
            Assert.Equal(HttpStatusCode.Redirect, (await customerUser.GetAsync(path)).StatusCode); // to /denied
    }

    [Fact]
    public async Task A_customer_admin_cannot_grant_a_role_above_their_own_nor_an_account_outside_their_hierarchy()
    {
        using var bluegrass = await portal.Client(Base).LoggedInAsync(Demo.BluegrassAdmin, portal.DemoPassword);
        var inside = await AccountIdAsync(portal, "AC-100102");
        var outside = await AccountIdAsync(portal, "AC-200200");
        foreach (var role in new[] { "Staff", "TenantAdmin" })
        {
            var email = Unique("climber");
            var response = await AddUserAsync(bluegrass, "Role Climber", email, role, inside);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("You cannot grant this role.", await BodyAsync(response));
            Assert.Null(await UserIdAsync(portal, email));
        }
        var stranger = Unique("stranger");
        var outsideAnswer = await AddUserAsync(bluegrass, "Stranger", stranger, "CustomerUser", outside);
        Assert.Contains("Choose accounts from the list only.", await BodyAsync(outsideAnswer));
        Assert.Null(await UserIdAsync(portal, stranger));

        // Promoting a managed user to staff through the General tab is refused the same way.
        var lexington = (await UserIdAsync(portal, Demo.LexingtonUser))!;
        var general = await bluegrass.PostFormAsync($"users/{lexington}", new Dictionary<string, string>
        {
            ["Input.Name"] = "Lexington", ["Input.Email"] = Demo.LexingtonUser, ["Input.Role"] = "TenantAdmin", ["Input.Accounts"] = inside.ToString(),
        }, $"users/{lexington}?handler=General");
        Assert.Contains("You cannot grant this role.", await BodyAsync(general));
        Assert.DoesNotContain("Tenant admin", await bluegrass.GetStringAsync("users?handler=Csv"));
    }

    [Fact]
    public async Task Deactivating_a_user_refuses_their_existing_cookie_on_the_next_request()
    {
        var email = await ActiveUserAsync(portal, "leaver");
        var id = (await UserIdAsync(portal, email))!;
        using var user = await portal.Client(Base).LoggedInAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("")).StatusCode);

        using var admin = await portal.Client(Base).LoggedInAsync(Demo.BluegrassAdmin, portal.DemoPassword);
        var saved = await admin.PostFormAsync($"users/{id}?tab=options", new Dictionary<string, string>(), $"users/{id}?handler=Options");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Inactive", await admin.GetStringAsync("users?status=inactive"));

        var next = await user.GetAsync("");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Contains("login", next.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await portal.Client(Base).LoginAsync(email, NewPassword)).StatusCode);
        Assert.Contains("User deactivated", await (await portal.Client(Base).LoggedInAsync(Demo.AccelecomAdmin, portal.DemoPassword)).GetStringAsync("admin/security-log"));
    }

    [Fact]
    public async Task The_tenant_admin_manages_staff_and_edits_tabs_and_another_tenant_sees_none_of_it()
    {
        var staff = (await UserIdAsync(portal, Demo.AccelecomStaff))!;
        using var admin = await portal.Client(Base).LoggedInAsync(Demo.AccelecomAdmin, portal.DemoPassword);
        Assert.Contains(Demo.AccelecomStaff, await admin.GetStringAsync("users"));
        Assert.Contains("Tenant admin", await admin.GetStringAsync("users/new"));

        var email = await ActiveUserAsync(portal, "tabs");
        var id = (await UserIdAsync(portal, email))!;
        var bad = await admin.PostFormAsync($"users/{id}?tab=additional", new Dictionary<string, string> { ["Contact.Phone"] = "call me maybe!" },
            $"users/{id}?handler=Additional");
        Assert.Contains("Enter a valid phone number.", await BodyAsync(bad));
        await admin.PostFormAsync($"users/{id}?tab=additional", new Dictionary<string, string> { ["Contact.Phone"] = "502-555-0101", ["Contact.Fax"] = "502-555-0102" },
            $"users/{id}?handler=Additional");
        Assert.Contains("502-555-0102", await admin.GetStringAsync($"users/{id}?tab=additional"));
        await admin.PostFormAsync($"users/{id}?tab=password", new Dictionary<string, string>(), $"users/{id}?handler=ForceChange");
        using var user = portal.Client(Base);
        var login = await user.LoginAsync(email, NewPassword);
        Assert.EndsWith("profile/password", login.Headers.Location!.ToString());
        Assert.EndsWith("profile/password", (await user.GetAsync("users")).Headers.Location!.ToString()); // nothing else until changed
        Assert.Equal(HttpStatusCode.Redirect, (await user.PostFormAsync("profile/password", new Dictionary<string, string>
        {
            ["Input.Current"] = NewPassword, ["Input.Password"] = "Forced-Change-2026", ["Input.Confirm"] = "Forced-Change-2026",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("")).StatusCode);

        using var calltower = await portal.Client("http://localhost/calltower/").LoggedInAsync(Demo.CallTowerAdmin, portal.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await calltower.GetAsync($"users/{staff}")).StatusCode);
        Assert.DoesNotContain(Demo.AccelecomStaff, await calltower.GetStringAsync("users"));
        Assert.Matches(new Regex("Settings"), await admin.GetStringAsync(""));
    }
}

public sealed class ManageUsersOnSqlite(SqlitePortal portal) : ManageUsersTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class ManageUsersOnPostgres(PostgresPortal portal) : ManageUsersTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
