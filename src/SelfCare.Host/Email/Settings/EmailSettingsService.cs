using System.Net.Mail;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SelfCare.Host.Email.Sending;
using SelfCare.Host.Hosting;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Email.Settings;

/// <summary>
/// The current tenant's sender identity and mail server. The SMTP password is encrypted with a data-protection
/// purpose that includes the tenant id, so one tenant's ciphertext cannot be read as another's, and it is never
/// returned to a page.
/// </summary>
internal sealed class EmailSettingsService(
    EmailDbContext db, IDataProtectionProvider protection, IOptions<SmtpOptions> smtp, DataPaths paths,
    SmtpHostCheck hostCheck, ITenantContext tenantContext, TimeProvider clock)
{
    public const string PasswordPurpose = "SelfCare.Email.SmtpPassword";

    /// <summary>The stored settings (tracked, for editing), or defaults when the tenant has none.</summary>
    public async Task<EmailSettingsRecord> GetAsync(CancellationToken ct) =>
        await db.Settings.FirstOrDefaultAsync(ct) ?? new EmailSettingsRecord();

    /// <summary>Saves <paramref name="settings"/>; a non-empty <paramref name="newPassword"/> replaces the stored one.</summary>
    public async Task SaveAsync(EmailSettingsRecord settings, string? newPassword, bool removePassword, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(newPassword))
            settings.SmtpPasswordProtected = Protector.Protect(newPassword);
        else if (removePassword)
            settings.SmtpPasswordProtected = null;
        settings.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        if (db.Entry(settings).State == EntityState.Detached)
            db.Settings.Add(settings);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Where the tenant's .eml files go when it uses the embedded default: {DataRoot}/mail/{tenantId}.</summary>
    public string MailFolder => Path.Combine(paths.Root, "mail", tenantContext.Current.Id);

    public async Task<SenderProfile> ResolveAsync(CancellationToken ct)
    {
        var tenant = tenantContext.Current;
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(ct) ?? new EmailSettingsRecord();
        var host = smtp.Value;
        var fromAddress = settings.FromAddress ?? host.FromAddress;
        var fromName = settings.FromName ?? (string.IsNullOrWhiteSpace(host.FromName) ? tenant.Name : host.FromName);
        if (!MailAddress.TryCreate(fromAddress, out _))
            throw new SenderUnavailableException($"The sender address '{fromAddress}' is not a valid email address. Correct it on Email settings.");
        if (!settings.UseHostServer && !string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            // Checked again at send time: the name may resolve elsewhere now than when it was saved.
            if (await hostCheck.ProblemAsync(settings.SmtpHost, ct) is { } problem)
                throw new SenderUnavailableException(problem);
            var server = new SmtpServer(settings.SmtpHost, settings.SmtpPort, settings.SmtpUser, Unprotect(settings.SmtpPasswordProtected),
                settings.SmtpEnableSsl, host.TimeoutSeconds);
            return new SenderProfile(fromAddress, fromName, settings.ReplyTo, server, null, $"your mail server {server.Host}:{server.Port}");
        }
        if (!string.IsNullOrWhiteSpace(host.Host))
        {
            var server = new SmtpServer(host.Host, host.Port, host.User, host.Password, host.EnableSsl, host.TimeoutSeconds);
            return new SenderProfile(fromAddress, fromName, settings.ReplyTo, server, null, "the portal's mail server");
        }
        return new SenderProfile(fromAddress, fromName, settings.ReplyTo, null, MailFolder,
            "the portal's built-in mail drop (.eml files, no delivery)");
    }

    private IDataProtector Protector => protection.CreateProtector(PasswordPurpose, tenantContext.Current.Id);

    private string? Unprotect(string? protectedPassword)
    {
        if (protectedPassword is null)
            return null;
        try
        {
            return Protector.Unprotect(protectedPassword);
        }
        catch (CryptographicException e)
        {
            throw new SenderUnavailableException("The stored SMTP password can no longer be read. Enter it again on Email settings.", e);
        }
    }
}
