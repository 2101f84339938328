using System.Net;
using System.Text.RegularExpressions;
using SelfCare.Host.Identity;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Users.UserTestKit;

namespace SelfCare.Tests.Users;

/// <summary>Need help logging in? and Profile: identical answers for unknown addresses, single-use reset, password and email change.</summary>
public abstract partial class SignInHelpTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex Token();

    [Fact]
    public async Task Forgot_username_and_password_answer_identically_for_known_and_unknown_addresses()
    {
        var known = await ActiveUserAsync(portal, "forgetful");
        var unknown = Unique("nobody");
        foreach (var handler in new[] { "Username", "Password" })
        {
            var pages = new List<string>();
            foreach (var email in new[] { known, unknown })
            {
                using var client = portal.Client(Base);
                var posted = await client.PostFormAsync("login/help", new Dictionary<string, string> { ["Input.Email"] = email }, $"login/help?handler={handler}");
                Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
                Assert.Equal("login/help", posted.Headers.Location!.ToString().Split('/', 3)[^1]);
                pages.Add(Token().Replace(await client.GetStringAsync("login/help"), ""));
            }
            Assert.Equal(pages[0], pages[1]);
            Assert.Contains("If this address belongs to a login, we have emailed it.", pages[0]);
        }
        Assert.Single(await MailToAsync(portal, known, UserEmailTemplates.UsernameReminder));
        Assert.Single(await MailToAsync(portal, known, UserEmailTemplates.PasswordReset));
        Assert.Empty(await MailToAsync(portal, unknown, UserEmailTemplates.UsernameReminder));
        Assert.Empty(await MailToAsync(portal, unknown, UserEmailTemplates.PasswordReset));
        Assert.Contains("login/help", await portal.Client(Base).GetStringAsync("login"));
    }

    [Fact]
    public async Task A_reset_link_works_once()
    {
        var email = await ActiveUserAsync(portal, "reset");
        using var client = portal.Client(Base);
        await client.PostFormAsync("login/help", new Dictionary<string, string> { ["Input.Email"] = email }, "login/help?handler=Password");
        var code = await ResetCodeAsync(portal, email);
        Assert.Equal(HttpStatusCode.Redirect, (await ActivateAsync(client, email, code, "Reset-Password-2026")).StatusCode);
        await portal.Client(Base).LoggedInAsync(email, "Reset-Password-2026");
        Assert.Contains("not valid or has expired", await BodyAsync(await ActivateAsync(client, email, code, "Reset-Again-2026")));
        Assert.Equal(HttpStatusCode.OK, (await portal.Client(Base).LoginAsync(email, "Reset-Again-2026")).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_signs_out_other_sessions()
    {
        var email = await ActiveUserAsync(portal, "changer");
        using var here = await portal.Client(Base).LoggedInAsync(email, NewPassword);
        using var elsewhere = await portal.Client(Base).LoggedInAsync(email, NewPassword);
        var wrong = await here.PostFormAsync("profile/password", new Dictionary<string, string>
        {
            ["Input.Current"] = "Not-The-Password", ["Input.Password"] = "Changed-Pass-2026", ["Input.Confirm"] = "Changed-Pass-2026",
        });
        Assert.Contains("Your current password is not correct.", await BodyAsync(wrong));
        var changed = await here.PostFormAsync("profile/password", new Dictionary<string, string>
        {
            ["Input.Current"] = NewPassword, ["Input.Password"] = "Changed-Pass-2026", ["Input.Confirm"] = "Changed-Pass-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("profile")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("profile")).StatusCode);
        var profile = await here.GetStringAsync("profile");
        Assert.Contains("Sign-in", profile);
    }

    [Fact]
    public async Task A_new_email_address_changes_only_when_its_link_is_confirmed_by_a_post()
    {
        var email = await ActiveUserAsync(portal, "mover");
        var newEmail = Unique("moved");
        using var client = await portal.Client(Base).LoggedInAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("profile", new Dictionary<string, string> { ["Input.NewEmail"] = newEmail }, "profile?handler=Email")).StatusCode);
        var mail = Assert.Single(await MailToAsync(portal, newEmail, UserEmailTemplates.EmailChange));
        var link = Regex.Match(mail.TextBody, @"http://localhost/accelecom/(profile/confirm-email\?\S+)").Groups[1].Value;
        using var browser = portal.Client(Base);
        Assert.Contains("Confirm", await browser.GetStringAsync(link)); // GET changes nothing
        Assert.NotNull(await UserIdAsync(portal, email));
        var confirmed = await browser.PostFormAsync(link, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        await portal.Client(Base).LoggedInAsync(newEmail, NewPassword);
        Assert.Null(await UserIdAsync(portal, email));
    }

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        var response = await portal.Client(Base).GetAsync("login");
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(response.Headers.Contains("Strict-Transport-Security")); // plain HTTP here
    }
}

public sealed class SignInHelpOnSqlite(SqlitePortal portal) : SignInHelpTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class SignInHelpOnPostgres(PostgresPortal portal) : SignInHelpTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
