using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Host.Identity;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Users.UserTestKit;

namespace SelfCare.Tests.Users;

/// <summary>Welcome email with a one-time access code: single use, bound to its user, expiring, void after 5 wrong tries.</summary>
public abstract class ActivationTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private const string Refused = "not valid or has expired";

    [Fact]
    public async Task A_user_added_by_a_customer_admin_activates_with_the_welcome_code_once_and_logs_in()
    {
        var email = Unique("welcome");
        using var admin = await portal.Client(Base).LoggedInAsync(Demo.BluegrassAdmin, portal.DemoPassword);
        var added = await AddUserAsync(admin, "Wendy Welcome", email, "CustomerUser", await AccountIdAsync(portal, "AC-100102"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var welcome = Assert.Single(await MailToAsync(portal, email, UserEmailTemplates.Welcome));
        Assert.Contains("Wendy Welcome", welcome.TextBody);
        var code = await WelcomeCodeAsync(portal, email);
        Assert.Equal(10, code.Length);

        using var browser = portal.Client(Base);
        Assert.Equal(HttpStatusCode.OK, (await browser.LoginAsync(email, NewPassword)).StatusCode); // no password yet
        Assert.Equal(HttpStatusCode.Redirect, (await ActivateAsync(browser, email, code.ToLowerInvariant())).StatusCode);
        await browser.LoggedInAsync(email, NewPassword);
        Assert.Contains(Refused, await BodyAsync(await ActivateAsync(portal.Client(Base), email, code, "Another-Pass-2026")));
    }

    [Fact]
    public async Task Another_users_code_an_expired_code_and_a_code_after_five_wrong_tries_are_refused()
    {
        using var admin = await portal.Client(Base).LoggedInAsync(Demo.AccelecomAdmin, portal.DemoPassword);
        var account = await AccountIdAsync(portal, "AC-100102");
        var (first, second, third) = (Unique("first"), Unique("second"), Unique("third"));
        foreach (var email in new[] { first, second, third })
            Assert.Equal(HttpStatusCode.Redirect, (await AddUserAsync(admin, "Code Test", email, "CustomerUser", account)).StatusCode);
        using var anonymous = portal.Client(Base);

        // Bound to its user: the second user's code does not activate the first.
        Assert.Contains(Refused, await BodyAsync(await ActivateAsync(anonymous, first, await WelcomeCodeAsync(portal, second))));

        // Expired.
        await using (var scope = Scope(portal))
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantPlatformDbContext>();
            var id = await UserIdAsync(portal, second);
            await db.Set<UserAccessCode>().Where(c => c.UserId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAt, DateTime.UtcNow.AddMinutes(-1)));
        }
        Assert.Contains(Refused, await BodyAsync(await ActivateAsync(anonymous, second, await WelcomeCodeAsync(portal, second))));

        // Five wrong tries void the code.
        for (var i = 0; i < AccessCodes.MaxAttempts; i++)
            Assert.Contains(Refused, await BodyAsync(await ActivateAsync(anonymous, third, "WRONGCODE" + i)));
        Assert.Contains(Refused, await BodyAsync(await ActivateAsync(anonymous, third, await WelcomeCodeAsync(portal, third))));
    }

    [Fact]
    public async Task A_rejected_password_does_not_spend_the_code_and_64_plus_character_passwords_work()
    {
        using var admin = await portal.Client(Base).LoggedInAsync(Demo.AccelecomAdmin, portal.DemoPassword);
        var email = Unique("long");
        await AddUserAsync(admin, "Long Pass", email, "CustomerUser", await AccountIdAsync(portal, "AC-100102"));
        var code = await WelcomeCodeAsync(portal, email);
        using var browser = portal.Client(Base);
        var shortOne = await BodyAsync(await ActivateAsync(browser, email, code, "short"));
        Assert.Contains("Use 10 to 128 characters.", shortOne);
        var longPassword = "correct horse battery staple " + new string('x', 70) + " 2026 Z";
        Assert.Equal(HttpStatusCode.Redirect, (await ActivateAsync(browser, email, code, longPassword)).StatusCode);
        await browser.LoggedInAsync(email, longPassword);
    }

    [Fact]
    public async Task The_sixth_wrong_password_finds_the_login_locked_and_the_log_shows_it()
    {
        var email = await ActiveUserAsync(portal, "locked");
        using var browser = portal.Client(Base);
        for (var i = 0; i < 4; i++)
            Assert.Contains("The username or password is not correct.", await BodyAsync(await browser.LoginAsync(email, "Wrong-Password-" + i)));
        Assert.Contains("Your login is locked", await BodyAsync(await browser.LoginAsync(email, "Wrong-Password-4")));
        // The sixth attempt, with the right password, is refused.
        var sixth = await browser.LoginAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        Assert.Contains("Your login is locked", await BodyAsync(sixth));

        using var admin = await portal.Client(Base).LoggedInAsync(Demo.AccelecomAdmin, portal.DemoPassword);
        var log = await admin.GetStringAsync("admin/security-log");
        Assert.Contains("Locked out", log);
        Assert.Contains("Sign-in failed", log);
        Assert.Contains(email, log);
    }
}

public sealed class ActivationOnSqlite(SqlitePortal portal) : ActivationTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class ActivationOnPostgres(PostgresPortal portal) : ActivationTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
