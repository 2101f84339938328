using Microsoft.EntityFrameworkCore;
using SelfCare.Host.Email.Templates;
using SelfCare.Platform.Email;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Email.Outbox;

/// <summary>Queues "tenant-welcome" for a new tenant's first admin, in the transaction that creates the admin.</summary>
internal sealed class TenantWelcomeSender(IEmailOutbox outbox, TenantPortalUrls urls, ITenantContext tenantContext)
{
    public const int ValidForDays = 7;

    public Task QueueAsync(DbContext db, string email, string code, CancellationToken ct)
    {
        var tenant = tenantContext.Current;
        var link = $"{urls.For(tenant)}/activate?email={Uri.EscapeDataString(email)}&code={Uri.EscapeDataString(code)}";
        return outbox.AddAsync(db, PlatformEmailTemplates.TenantWelcome,
            new TenantWelcomeModel(tenant.Name, email, link, ValidForDays), new EmailRecipient(email), ct);
    }
}
