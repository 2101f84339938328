using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Host.Email;
using SelfCare.Host.Email.Settings;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Email;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Email;

/// <summary>
/// The real host with short email retry delays, tenant SMTP allowed on loopback (the test SMTP server), and helpers
/// to reach a tenant's outbox directly. <see cref="EmailPortal"/> on SQLite, <see cref="EmailPostgresPortal"/> on PostgreSQL.
/// </summary>
public abstract class EmailPortalBase(bool postgres) : PortalFactory(postgres)
{
    public const int MaxAttempts = 4;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SelfCare:Email:RetryBaseSeconds", "1");
        builder.UseSetting("SelfCare:Email:RetryCapSeconds", "2");
        builder.UseSetting("SelfCare:Email:MaxAttempts", MaxAttempts.ToString());
        builder.UseSetting("SelfCare:Email:AllowPrivateSmtpHosts", "true");
        builder.UseSetting("SelfCare:Email:SafetyNetSeconds", "3");
        builder.UseSetting("SelfCare:Smtp:TimeoutSeconds", "10");
        // Every scheduled report file is "too large" here, so the link-only email is tested; the other fixtures keep the 5 MB default.
        builder.UseSetting("SelfCare:Reports:AttachmentLimitKilobytes", "1");
    }

    public string MailFolder(string tenantId) => Path.Combine(DataRoot, "mail", tenantId);

    /// <summary>Points the tenant's own sender settings at an SMTP server on loopback.</summary>
    public async Task UseSmtpAsync(string tenantId, int port)
    {
        await ActivateAsync(tenantId);
        await using var scope = TenantScope(tenantId);
        var settings = scope.ServiceProvider.GetRequiredService<EmailSettingsService>();
        var current = await settings.GetAsync(CancellationToken.None);
        current.UseHostServer = false;
        current.SmtpHost = "127.0.0.1";
        current.SmtpPort = port;
        current.SmtpEnableSsl = false;
        current.FromAddress = $"billing@{tenantId}.example";
        await settings.SaveAsync(current, null, false, CancellationToken.None);
    }

    public AsyncServiceScope TenantScope(string tenantId)
    {
        var tenant = Services.GetRequiredService<TenantRegistry>().Find(tenantId)!;
        return Services.GetRequiredService<TenantScopeFactory>().CreateSystemScope(tenant);
    }

    /// <summary>Activates a tenant (migrations) without a browser.</summary>
    public async Task ActivateAsync(string tenantId)
    {
        var tenant = Services.GetRequiredService<TenantRegistry>().Find(tenantId)!;
        await Services.GetRequiredService<TenantActivator>().EnsureActiveAsync(tenant, CancellationToken.None);
    }

    public async Task<List<OutboxMessage>> OutboxAsync(string tenantId)
    {
        await using var scope = TenantScope(tenantId);
        return await scope.ServiceProvider.GetRequiredService<EmailDbContext>().Outbox.AsNoTracking().ToListAsync();
    }

    /// <summary>Waits until no message of the tenant is Pending or Sending (the scheduler delivers them).</summary>
    public async Task<List<OutboxMessage>> WaitUntilSettledAsync(string tenantId, TimeSpan timeout, int expected = 1)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var messages = await OutboxAsync(tenantId);
            if (messages.Count >= expected && messages.All(m => m.Status is OutboxStatus.Sent or OutboxStatus.Dead))
                return messages;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{tenantId}: {messages.Count(m => m.Status == OutboxStatus.Sent)} sent, "
                    + $"{messages.Count(m => m.Status == OutboxStatus.Pending)} pending, {messages.Count(m => m.Status == OutboxStatus.Sending)} sending, "
                    + $"{messages.Count(m => m.Status == OutboxStatus.Dead)} dead after {timeout.TotalSeconds} s; last error: "
                    + messages.Select(m => m.LastError).LastOrDefault(e => e is not null));
            await Task.Delay(200);
        }
    }
}
