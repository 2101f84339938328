using System.Net.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SelfCare.Host.Email;
using SelfCare.Host.Email.Sending;
using SelfCare.Host.Email.Settings;
using SelfCare.Host.Email.Templates;
using SelfCare.Host.Identity;
using SelfCare.Platform.Email;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Pages.Admin;

/// <summary>The tenant's sender identity and mail server; the SMTP password is write-only.</summary>
[Authorize(Roles = PortalRoles.TenantAdmin)]
internal sealed class EmailSettingsModel(
    EmailSettingsService settings, SmtpHostCheck hostCheck, IOptions<SmtpOptions> hostSmtp, IEmailOutbox outbox,
    EmailDbContext db, UserManager<PortalUser> users, TimeProvider clock, ITenantContext tenantContext) : PageModel
{
    [BindProperty]
    public EmailSettingsInput Input { get; set; } = new();

    public bool HasPassword { get; private set; }
    public string HostDefault { get; private set; } = "";
    public string DefaultFromAddress => hostSmtp.Value.FromAddress;
    public string DefaultFromName => string.IsNullOrWhiteSpace(hostSmtp.Value.FromName) ? tenantContext.Current.Name : hostSmtp.Value.FromName;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var current = await settings.GetAsync(ct);
        Input = new EmailSettingsInput
        {
            FromName = current.FromName, FromAddress = current.FromAddress, ReplyTo = current.ReplyTo,
            UseHostServer = current.UseHostServer, SmtpHost = current.SmtpHost, SmtpPort = current.SmtpPort,
            SmtpUser = current.SmtpUser, SmtpEnableSsl = current.SmtpEnableSsl,
        };
        Describe(current);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var current = await settings.GetAsync(ct);
        Describe(current);
        CheckAddress(Input.FromAddress, "Input.FromAddress", "from");
        CheckAddress(Input.ReplyTo, "Input.ReplyTo", "reply-to");
        if (Input.FromName is { } name && name.Any(char.IsControl))
            ModelState.AddModelError("Input.FromName", "The from name cannot contain line breaks or control characters.");
        if (!Input.UseHostServer)
        {
            if (string.IsNullOrWhiteSpace(Input.SmtpHost))
                ModelState.AddModelError("Input.SmtpHost", "Enter your mail server's name, or choose the portal's mail server.");
            else if (await hostCheck.ProblemAsync(Input.SmtpHost.Trim(), ct) is { } problem)
                ModelState.AddModelError("Input.SmtpHost", problem);
            if (Input.SmtpPort is null)
                ModelState.AddModelError("Input.SmtpPort", "Enter the port, usually 587.");
        }
        if (!ModelState.IsValid)
            return Page();

        current.FromName = Blank(Input.FromName);
        current.FromAddress = Blank(Input.FromAddress);
        current.ReplyTo = Blank(Input.ReplyTo);
        current.UseHostServer = Input.UseHostServer;
        current.SmtpHost = Blank(Input.SmtpHost);
        current.SmtpPort = Input.SmtpPort ?? 587;
        current.SmtpUser = Blank(Input.SmtpUser);
        current.SmtpEnableSsl = Input.SmtpEnableSsl;
        await settings.SaveAsync(current, Input.SmtpPassword, Input.RemovePassword, ct);
        Notice = "Your email settings are saved.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSendTestAsync(CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (string.IsNullOrEmpty(me?.Email))
        {
            Notice = "Your login has no email address to send the test to.";
            return RedirectToPage();
        }
        var route = (await settings.ResolveAsync(ct)).Description;
        var message = await outbox.AddAsync(db, PlatformEmailTemplates.TestMessage,
            new TestMessageModel(me.Email, clock.GetUtcNow().UtcDateTime, route), new EmailRecipient(me.Email, me.DisplayName), ct);
        await db.SaveChangesAsync(ct);
        await outbox.DispatchAsync(ct);
        Notice = $"A test message is on its way to {message.ToAddress} through {route}. Follow it on Email outbox.";
        return RedirectToPage();
    }

    private void Describe(EmailSettingsRecord current)
    {
        HasPassword = current.SmtpPasswordProtected is not null;
        HostDefault = string.IsNullOrWhiteSpace(hostSmtp.Value.Host)
            ? "the portal's built-in mail drop: messages are written as .eml files on the server and not delivered (for demos and tests)"
            : "the portal's own mail server";
    }

    private void CheckAddress(string? value, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
            return;
        var trimmed = value.Trim();
        if (!MailAddress.TryCreate(trimmed, out var parsed) || parsed.Address != trimmed)
            ModelState.AddModelError(field, $"Enter a valid {what} address, such as billing@example.com.");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
