using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SelfCare.BrowserTests;

/// <summary>
/// A customer admin adds a user from Settings > Manage Users; the welcome email (.eml in the mail drop) carries the
/// access code; the user activates, logs in, changes their password and signs out; the admin deactivates them. A visitor
/// signs up for an account and its customer admin approves; a user linked to two accounts switches to one from the user menu.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class UsersBrowserTests(PortalFixture portal)
{
    private const string CustomerAdmin = "it@bluegrasshealth.example";

    [GeneratedRegex(@"access code: ([A-Z0-9]{10})")]
    private static partial Regex AccessCode();

    [Fact]
    public async Task A_new_user_activates_from_the_welcome_email_changes_password_and_is_deactivated_by_their_admin()
    {
        var (baseUrl, _) = PortalPages.TenantUrl(portal, DemoTenants.Get("accelecom"), TenantAddress.UrlPrefix);
        var email = $"newhire-{Guid.NewGuid():N}"[..16] + "@bluegrasshealth.example";
        var admin = await portal.NewPageAsync();
        var user = await portal.NewPageAsync();
        try
        {
            await admin.GotoAsync($"{baseUrl}/login");
            await PortalPages.LogInAsync(admin, baseUrl, CustomerAdmin);
            await admin.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
            await Expect(admin.Locator("main h1")).ToHaveTextAsync("Options and Settings");
            await admin.GetByRole(AriaRole.Link, new() { Name = "Manage Users" }).ClickAsync();
            await Expect(admin.Locator("main h1")).ToHaveTextAsync("Manage Users");
            await Expect(admin.Locator("main table")).ToContainTextAsync("lexington@bluegrasshealth.example");
            var axeList = await PortalPages.SeriousAxeViolationsAsync(admin, portal.AxeScriptPath);
            Assert.True(axeList.Count == 0, PortalPages.Describe(axeList));

            await admin.GetByRole(AriaRole.Link, new() { Name = "Add user" }).ClickAsync();
            await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("New Hire");
            await admin.GetByLabel("Email (the username)", new() { Exact = true }).FillAsync(email);
            await admin.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("CustomerUser");
            await admin.GetByLabel(new Regex("AC-100102")).CheckAsync();
            var axeForm = await PortalPages.SeriousAxeViolationsAsync(admin, portal.AxeScriptPath);
            Assert.True(axeForm.Count == 0, PortalPages.Describe(axeForm));
            await admin.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
            await Expect(admin.Locator("p.notice")).ToContainTextAsync("one-time access code");
            var viewUrl = admin.Url;

            var code = await WelcomeCodeAsync(email);
            await user.GotoAsync($"{baseUrl}/activate?email={Uri.EscapeDataString(email)}");
            await user.GetByLabel("Access code", new() { Exact = true }).FillAsync(code);
            await user.GetByLabel("New password", new() { Exact = true }).FillAsync("First-Password-2026");
            await user.GetByLabel("Repeat the password", new() { Exact = true }).FillAsync("First-Password-2026");
            await user.GetByRole(AriaRole.Button, new() { Name = "Activate" }).ClickAsync();
            await Expect(user.Locator("p.notice")).ToContainTextAsync("Your login is active.");

            await user.Locator("input[name='Input.Email']").FillAsync(email);
            await user.Locator("input[name='Input.Password']").FillAsync("First-Password-2026");
            await user.Locator("main form button[type='submit']").ClickAsync();
            await Expect(user.Locator("main h1")).ToHaveTextAsync("Summary");

            await user.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
            await Expect(user.Locator("main h1")).ToHaveTextAsync("Options and Settings");
            await user.GetByRole(AriaRole.Link, new() { Name = "Profile" }).ClickAsync();
            await Expect(user.Locator("main h1")).ToHaveTextAsync("Profile");
            await user.GetByRole(AriaRole.Link, new() { Name = "Change password" }).ClickAsync();
            await user.GetByLabel("Current password", new() { Exact = true }).FillAsync("First-Password-2026");
            await user.GetByLabel("New password", new() { Exact = true }).FillAsync("Second-Password-2026");
            await user.GetByLabel("Repeat the new password", new() { Exact = true }).FillAsync("Second-Password-2026");
            await user.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Expect(user.Locator("p.notice")).ToContainTextAsync("Your password is changed.");
            await Expect(user.Locator("main table")).ToContainTextAsync("Sign-in");
            await user.GetByRole(AriaRole.Button, new() { Name = "Logout" }).ClickAsync();
            await Expect(user.Locator("main h1")).ToHaveTextAsync("You are logged out");

            await admin.GotoAsync(viewUrl);
            await admin.GetByRole(AriaRole.Link, new() { Name = "Options", Exact = true }).ClickAsync();
            await admin.GetByLabel("Active", new() { Exact = true }).UncheckAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Expect(admin.Locator("p.notice")).ToContainTextAsync("signed out everywhere");
            await admin.GotoAsync($"{baseUrl}/users?status=inactive");
            await Expect(admin.Locator("main table")).ToContainTextAsync(email);
        }
        finally
        {
            await admin.Context.CloseAsync();
            await user.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_sign_up_is_approved_by_the_customer_admin_and_a_user_with_two_accounts_switches_between_them()
    {
        var (baseUrl, _) = PortalPages.TenantUrl(portal, DemoTenants.Get("accelecom"), TenantAddress.UrlPrefix);
        var email = $"joiner-{Guid.NewGuid():N}"[..14] + "@bluegrasshealth.example";
        var visitor = await portal.NewPageAsync();
        var admin = await portal.NewPageAsync();
        var regional = await portal.NewPageAsync();
        try
        {
            await visitor.GotoAsync($"{baseUrl}/login");
            await visitor.GetByRole(AriaRole.Link, new() { Name = "Sign up for an account" }).ClickAsync();
            await visitor.GetByLabel("Account number (on your bill)").FillAsync("AC-100102");
            await visitor.GetByLabel("Your name").FillAsync("Robin Joiner");
            await visitor.GetByLabel("Email address (your username)").FillAsync(email);
            var axeSignUp = await PortalPages.SeriousAxeViolationsAsync(visitor, portal.AxeScriptPath);
            Assert.True(axeSignUp.Count == 0, PortalPages.Describe(axeSignUp));
            await visitor.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
            await Expect(visitor.Locator("p.notice")).ToContainTextAsync("its administrators have your request");

            await admin.GotoAsync($"{baseUrl}/login");
            await PortalPages.LogInAsync(admin, baseUrl, CustomerAdmin);
            await admin.GotoAsync($"{baseUrl}/users/requests");
            await Expect(admin.Locator("main table")).ToContainTextAsync(email);
            await admin.GetByRole(AriaRole.Row).Filter(new() { HasText = email }).GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
            await Expect(admin.Locator("p.notice")).ToContainTextAsync("one-time access code");
            Assert.False(string.IsNullOrEmpty(await WelcomeCodeAsync(email)));

            await regional.GotoAsync($"{baseUrl}/login");
            await PortalPages.LogInAsync(regional, baseUrl, "regional@bluegrasshealth.example");
            var switcher = regional.GetByLabel("Account", new() { Exact = true });
            await Expect(switcher).ToHaveValueAsync("");
            await regional.GotoAsync($"{baseUrl}/accounts");
            await Expect(regional.Locator("main")).ToContainTextAsync("AC-100101");
            await switcher.SelectOptionAsync(new SelectOptionValue { Label = "AC-100104 - Bluegrass Health - Bowling Green" });
            await regional.GetByRole(AriaRole.Button, new() { Name = "Switch" }).ClickAsync();
            await regional.WaitForURLAsync($"{baseUrl}/accounts");
            await Expect(regional.Locator("main")).ToContainTextAsync("AC-100104");
            await Expect(regional.Locator("main")).Not.ToContainTextAsync("AC-100101");
            await Expect(regional.GetByLabel("Account", new() { Exact = true }).Locator("option:checked")).ToHaveTextAsync("AC-100104 - Bluegrass Health - Bowling Green");
            var axeSwitch = await PortalPages.SeriousAxeViolationsAsync(regional, portal.AxeScriptPath);
            Assert.True(axeSwitch.Count == 0, PortalPages.Describe(axeSwitch));
        }
        finally
        {
            await visitor.Context.CloseAsync();
            await admin.Context.CloseAsync();
            await regional.Context.CloseAsync();
        }
    }

    private async Task<string> WelcomeCodeAsync(string email)
    {
        var mail = await MailDrop.WaitForAsync(portal.MailFolder("accelecom"), text => text.Contains(email) && AccessCode().IsMatch(text),
            "no welcome email in the mail drop");
        return AccessCode().Match(mail).Groups[1].Value;
    }
}
