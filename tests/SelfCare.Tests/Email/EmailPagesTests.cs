using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SelfCare.Host.Email;
using SelfCare.Host.Email.Settings;
using SelfCare.Host.Email.Templates;
using SelfCare.Platform.Email;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Email;

/// <summary>The tenant admin's email pages and the embedded default (.eml files), through the real host and scheduler.</summary>
public sealed class EmailPagesTests(EmailPortal portal) : IClassFixture<EmailPortal>
{
    private Task<PortalClient> AdminAsync(string tenant, string email) =>
        portal.Client($"http://localhost/{tenant}/").LoggedInAsync(email, portal.DemoPassword);

    private static Dictionary<string, string> Template(string subject, string html, string text) => new()
    {
        ["Input.Subject"] = subject, ["Input.HtmlBody"] = html, ["Input.TextBody"] = text,
    };

    private async Task<RenderedEmail> ComposeWelcomeAsync(string tenant)
    {
        await using var scope = portal.TenantScope(tenant);
        var message = await scope.ServiceProvider.GetRequiredService<IEmailComposer>().ComposeAsync(PlatformEmailTemplates.TenantWelcome,
            new TenantWelcomeModel("Accelecom", "new@accelecom.example", "http://x/activate", 7), new EmailRecipient("new@accelecom.example"));
        return new RenderedEmail(message.Subject, message.HtmlBody, message.TextBody);
    }

    [Fact]
    public async Task A_test_from_the_editor_is_written_as_an_eml_file_in_the_tenants_own_mail_folder_in_its_brand()
    {
        using var admin = await AdminAsync("accelecom", Demo.AccelecomAdmin);
        var list = await admin.GetStringAsync("admin/email-templates");
        Assert.Contains("tenant-welcome", list);
        Assert.Contains("Sent to the first administrator of a new tenant", list);
        Assert.Contains("test-message", list);
        Assert.Contains("Email outbox", list); // admin link in the shell

        var edit = await admin.GetStringAsync("admin/email-templates/test-message");
        var html = WebUtility.HtmlDecode(Regex.Match(edit, "name=\"Input.HtmlBody\"[^>]*>([^<]*(?:<(?!/textarea)[^<]*)*)</textarea>").Groups[1].Value);
        Assert.Contains("Your email settings work", html);
        var sent = await admin.PostFormAsync("admin/email-templates/test-message",
            Template("Check {{@brand.title}}", html, "Plain {{recipientEmail}}"), "admin/email-templates/test-message?handler=SendTest");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var message = (await portal.WaitUntilSettledAsync("accelecom", TimeSpan.FromSeconds(30))).Single(m => m.Subject.StartsWith("[Test]"));
        Assert.Equal((OutboxStatus.Sent, Demo.AccelecomAdmin), (message.Status, message.ToAddress));
        Assert.Equal("[Test] Check Accelecom", message.Subject);
        Assert.Contains("#0b3d91", message.HtmlBody);          // Accelecom's brand colour in its email layout
        Assert.Contains("BillCenter", message.HtmlBody);
        Assert.Contains("502.586.7600", message.HtmlBody);     // support phone from the tenant's branding
        Assert.Contains("Plain admin@example.com", message.TextBody); // the sample model's value

        var files = Directory.GetFiles(portal.MailFolder("accelecom"), "*.eml");
        var eml = files.Select(File.ReadAllText).Single(f => f.Contains(message.MessageId));
        Assert.Matches($"(?m)^Message-ID: {Regex.Escape(message.MessageId)}\r?$", eml);
        Assert.Contains(Demo.AccelecomAdmin, eml);
        Assert.Contains("multipart/alternative", eml);
        Assert.False(Directory.Exists(portal.MailFolder("calltower"))
                     && Directory.GetFiles(portal.MailFolder("calltower")).Any(f => File.ReadAllText(f).Contains(message.MessageId)));
    }

    [Fact]
    public async Task A_template_that_does_not_compile_is_refused_at_save_with_its_line_and_column()
    {
        using var admin = await AdminAsync("calltower", Demo.CallTowerAdmin);
        var response = await admin.PostFormAsync("admin/email-templates/tenant-welcome",
            Template("Welcome", "<p>Hello</p>\n<ul>{{#each items}}<li>x</li>\n</ul>", "text"), "admin/email-templates/tenant-welcome?handler=Save");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Not saved. HTML body, line 2, column 5: {{#each}} is never closed with {{/each}}.", page);

        var engineError = await admin.PostFormAsync("admin/email-templates/tenant-welcome",
            Template("Welcome {{adminEmail}", "<p>ok</p>", "text"), "admin/email-templates/tenant-welcome?handler=Save");
        Assert.Contains("Not saved. Subject, line 1, column 9: this {{ is not closed with }}.", WebUtility.HtmlDecode(await engineError.Content.ReadAsStringAsync()));

        var recursion = await admin.PostFormAsync("admin/email-templates/tenant-welcome",
            Template("Welcome", "{{#*inline \"me\"}}{{> me}}{{/inline}}{{> me}}", "text"), "admin/email-templates/tenant-welcome?handler=Save");
        Assert.Contains("partials ({{> name}}) and inline partials are not available", WebUtility.HtmlDecode(await recursion.Content.ReadAsStringAsync()));

        Assert.DoesNotContain("Yours, changed", await admin.GetStringAsync("admin/email-templates"));
    }

    [Fact]
    public async Task A_saved_version_is_used_for_the_next_email_and_revert_brings_back_the_default()
    {
        using var admin = await AdminAsync("accelecom", Demo.AccelecomAdmin);
        var preview = await admin.PostFormAsync("admin/email-templates/tenant-welcome",
            Template("Hi {{adminEmail}}", "<p>Welcome to {{tenantName}}, {{adminEmail}}</p>", "t"), "admin/email-templates/tenant-welcome?handler=Preview");
        var previewPage = await preview.Content.ReadAsStringAsync();
        Assert.Contains("Hi admin@northpeak.example", previewPage);                   // rendered on the sample model, no script needed
        Assert.Contains("srcdoc=\"", previewPage);
        Assert.Contains("&lt;p&gt;Welcome to North Peak Telecom, admin@northpeak.example&lt;/p&gt;", previewPage);

        var live = await admin.PostFormAsync("admin/email-templates/tenant-welcome",
            Template("Live {{adminEmail}}", "<b>{{tenantName}}</b>", "t"), "admin/email-templates/tenant-welcome?handler=PreviewJson");
        var json = await live.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Live admin@northpeak.example", json.GetProperty("subject").GetString());
        Assert.Contains("<b>North Peak Telecom</b>", json.GetProperty("html").GetString());

        foreach (var version in new[] { "one", "two" })
        {
            var saved = await admin.PostFormAsync("admin/email-templates/tenant-welcome",
                Template($"Version {version} for {{{{adminEmail}}}}", $"<p>{version}</p>", version), "admin/email-templates/tenant-welcome?handler=Save");
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal($"Version {version} for new@accelecom.example", (await ComposeWelcomeAsync("accelecom")).Subject);
        }
        Assert.Contains("Yours, changed", await admin.GetStringAsync("admin/email-templates"));
        Assert.Equal("Your Accelecom portal is ready", (await ComposeWelcomeAsync("calltower")).Subject.Replace("CallTower", "Accelecom"));

        var reverted = await admin.PostFormAsync("admin/email-templates/tenant-welcome", new Dictionary<string, string>(),
            "admin/email-templates/tenant-welcome?handler=Revert");
        Assert.Equal(HttpStatusCode.Redirect, reverted.StatusCode);
        Assert.Equal("Your Accelecom portal is ready", (await ComposeWelcomeAsync("accelecom")).Subject);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("admin/email-templates/no-such-template")).StatusCode);
    }

    [Fact]
    public async Task The_smtp_password_is_stored_encrypted_for_its_tenant_only_and_never_shown_back()
    {
        const string password = "S3cret-Mail-Pass!";
        using var admin = await AdminAsync("accelerando", "admin@accelerando.example");
        var saved = await admin.PostFormAsync("admin/email-settings", new Dictionary<string, string>
        {
            ["Input.FromName"] = "Accelerando Billing", ["Input.FromAddress"] = "billing@accelerando.example", ["Input.ReplyTo"] = "",
            ["Input.UseHostServer"] = "false", ["Input.SmtpHost"] = "127.0.0.1", ["Input.SmtpPort"] = "2525",
            ["Input.SmtpUser"] = "mailer", ["Input.SmtpPassword"] = password, ["Input.SmtpEnableSsl"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await admin.GetStringAsync("admin/email-settings");
        Assert.DoesNotContain(password, page);
        Assert.Contains("A password is stored", page);
        Assert.Contains("value=\"mailer\"", page);

        await using (var scope = portal.TenantScope("accelerando"))
        {
            var row = await scope.ServiceProvider.GetRequiredService<EmailDbContext>().Settings.AsNoTracking().SingleAsync();
            Assert.DoesNotContain(password, row.SmtpPasswordProtected);
            var protection = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>();
            Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() =>
                protection.CreateProtector(EmailSettingsService.PasswordPurpose, "accelecom").Unprotect(row.SmtpPasswordProtected!));
            var route = await scope.ServiceProvider.GetRequiredService<EmailSettingsService>().ResolveAsync(CancellationToken.None);
            Assert.Equal((password, "billing@accelerando.example", "Accelerando Billing"), (route.Server!.Password, route.FromAddress, route.FromName));
        }

        // Saving again without a password keeps it; then back to the host's default for the other tests.
        await admin.PostFormAsync("admin/email-settings", new Dictionary<string, string> { ["Input.UseHostServer"] = "true", ["Input.SmtpPort"] = "2525" });
        await using var check = portal.TenantScope("accelerando");
        var kept = await check.ServiceProvider.GetRequiredService<EmailDbContext>().Settings.AsNoTracking().SingleAsync();
        Assert.NotNull(kept.SmtpPasswordProtected);
        Assert.True(kept.UseHostServer);
    }

    [Fact]
    public async Task Settings_refuse_invalid_addresses_and_servers_on_private_networks()
    {
        using var admin = await AdminAsync("calltower", Demo.CallTowerAdmin);
        var response = await admin.PostFormAsync("admin/email-settings", new Dictionary<string, string>
        {
            ["Input.FromAddress"] = "not an address", ["Input.ReplyTo"] = "x@", ["Input.UseHostServer"] = "false", ["Input.SmtpHost"] = "bad host!",
            ["Input.SmtpPort"] = "70000",
        });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter a valid from address", page);
        Assert.Contains("Enter a valid reply-to address", page);
        Assert.Contains("'bad host!' is not a valid host name.", page);
        Assert.Contains("The port is a number from 1 to 65535", page);

        var strict = new SmtpHostCheck(Options.Create(new EmailOptions { AllowPrivateSmtpHosts = false }));
        foreach (var host in new[] { "127.0.0.1", "localhost", "10.1.2.3", "192.168.0.10", "169.254.169.254", "::1" })
            Assert.Contains("private network", await strict.ProblemAsync(host, CancellationToken.None));
        Assert.Null(await strict.ProblemAsync("93.184.216.34", CancellationToken.None));
    }

    [Fact]
    public async Task A_tenant_admin_sees_only_their_own_outbox_and_mail_folder()
    {
        using var accelecom = await AdminAsync("accelecom", Demo.AccelecomAdmin);
        using var calltower = await AdminAsync("calltower", Demo.CallTowerAdmin);
        foreach (var admin in new[] { accelecom, calltower })
            Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("admin/email-settings", new Dictionary<string, string>(),
                "admin/email-settings?handler=SendTest")).StatusCode);
        var mine = (await portal.WaitUntilSettledAsync("accelecom", TimeSpan.FromSeconds(30))).Where(m => m.Template == "test-message").ToList();
        var theirs = (await portal.WaitUntilSettledAsync("calltower", TimeSpan.FromSeconds(30))).Where(m => m.Template == "test-message").ToList();
        Assert.NotEmpty(mine);
        Assert.NotEmpty(theirs);

        var accelecomPage = await accelecom.GetStringAsync("admin/email-outbox");
        Assert.Contains(Demo.AccelecomAdmin, accelecomPage);
        Assert.DoesNotContain(Demo.CallTowerAdmin, accelecomPage);
        Assert.DoesNotContain("CallTower", accelecomPage.Replace("calltower.localhost", ""));
        var calltowerPage = await calltower.GetStringAsync("admin/email-outbox?status=Sent");
        Assert.Contains(Demo.CallTowerAdmin, calltowerPage);
        Assert.DoesNotContain(Demo.AccelecomAdmin, calltowerPage);

        // Each tenant's .eml files are in its own folder only.
        var accelecomFiles = Directory.GetFiles(portal.MailFolder("accelecom")).Select(File.ReadAllText).ToList();
        var calltowerFiles = Directory.GetFiles(portal.MailFolder("calltower")).Select(File.ReadAllText).ToList();
        Assert.All(mine, m => Assert.Contains(accelecomFiles, f => f.Contains(m.MessageId)));
        Assert.All(theirs, m => Assert.DoesNotContain(accelecomFiles, f => f.Contains(m.MessageId)));
        Assert.All(mine, m => Assert.DoesNotContain(calltowerFiles, f => f.Contains(m.MessageId)));

        // Another tenant's message id does not resolve on this tenant's retry action.
        var foreign = await accelecom.PostFormAsync("admin/email-outbox", new Dictionary<string, string> { ["id"] = theirs[0].Id.ToString() },
            "admin/email-outbox?handler=Retry");
        Assert.Equal(HttpStatusCode.Redirect, foreign.StatusCode);
        Assert.Equal(OutboxStatus.Sent, (await portal.OutboxAsync("calltower")).Single(m => m.Id == theirs[0].Id).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await accelecom.GetAsync("admin/email-outbox?status=Nonsense")).StatusCode);
    }

    [Fact]
    public async Task Only_tenant_admins_reach_the_email_pages()
    {
        foreach (var email in new[] { Demo.AccelecomStaff, Demo.BluegrassAdmin, Demo.LexingtonUser })
        {
            using var user = await AdminAsync("accelecom", email);
            foreach (var page in new[] { "admin/email-templates", "admin/email-templates/test-message", "admin/email-settings", "admin/email-outbox" })
            {
                var response = await user.GetAsync(page);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Contains("/denied", response.Headers.Location!.ToString());
            }
        }
    }

    [Fact]
    public async Task A_new_tenants_first_admin_gets_the_welcome_email_with_a_working_activation_link()
    {
        using var api = portal.Client("http://localhost/").Http;
        api.DefaultRequestHeaders.Add("X-Admin-Key", portal.AdminApiKey);
        var created = await api.PostAsJsonAsync("api/host/tenants", new
        {
            id = "northpeak", name = "North Peak Telecom", prefix = "northpeak", theme = "CallTower", firstAdminEmail = "admin@northpeak.example",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var welcome = (await portal.WaitUntilSettledAsync("northpeak", TimeSpan.FromSeconds(30))).Single();
        Assert.Equal(("tenant-welcome", "admin@northpeak.example", OutboxStatus.Sent), (welcome.Template, welcome.ToAddress, welcome.Status));
        Assert.Equal("Your North Peak Telecom portal is ready", welcome.Subject);
        Assert.Contains("#3d2c8d", welcome.HtmlBody); // CallTower's email layout
        Assert.Contains(Directory.GetFiles(portal.MailFolder("northpeak")), f => File.ReadAllText(f).Contains(welcome.MessageId));

        var link = Regex.Match(welcome.TextBody, @"http://localhost/northpeak/activate\?email=[^&\s]+&code=(\S+)");
        Assert.True(link.Success, welcome.TextBody);
        var tenant = portal.Client("http://localhost/northpeak/");
        var activated = await tenant.PostFormAsync(link.Value["http://localhost/northpeak/".Length..], new Dictionary<string, string>
        {
            ["Input.Email"] = "admin@northpeak.example", ["Input.Code"] = Uri.UnescapeDataString(link.Groups[1].Value),
            ["Input.Password"] = "North-Peak-Admin-1", ["Input.Confirm"] = "North-Peak-Admin-1",
        });
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        await tenant.LoggedInAsync("admin@northpeak.example", "North-Peak-Admin-1");
    }
}
