using SelfCare.Host.Email;
using SelfCare.Platform.Email;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Identity;

/// <summary>
/// Queues the sign-in emails in the platform context (the caller saves, so a code and its email commit together)
/// and links them to this tenant's portal.
/// </summary>
internal sealed class UserEmails(IEmailOutbox outbox, TenantPortalUrls urls, ITenantContext tenantContext, AccessCodes codes, TenantPlatformDbContext db)
{
    private string Portal => urls.For(tenantContext.Current);

    public async Task QueueWelcomeAsync(PortalUser user, CancellationToken ct)
    {
        var code = await codes.IssueAsync(user, AccessCodePurpose.Activate, ct);
        var link = $"{Portal}/activate?email={Uri.EscapeDataString(user.Email!)}";
        await outbox.AddAsync(db, UserEmailTemplates.Welcome,
            new UserWelcomeModel(NameOf(user), user.UserName!, code, link, (int)AccessCodes.ActivationLifetime.TotalDays), To(user), ct);
    }

    public async Task QueueResetAsync(PortalUser user, CancellationToken ct)
    {
        var code = await codes.IssueAsync(user, AccessCodePurpose.Reset, ct);
        var link = $"{Portal}/activate?email={Uri.EscapeDataString(user.Email!)}&code={code}";
        await outbox.AddAsync(db, UserEmailTemplates.PasswordReset,
            new PasswordResetModel(NameOf(user), link, code, (int)AccessCodes.ResetLifetime.TotalHours), To(user), ct);
    }

    public Task QueueUsernameAsync(PortalUser user, CancellationToken ct) =>
        outbox.AddAsync(db, UserEmailTemplates.UsernameReminder,
            new UsernameReminderModel(NameOf(user), user.UserName!, $"{Portal}/login"), To(user), ct);

    public Task QueueEmailChangeAsync(PortalUser user, string newEmail, string token, CancellationToken ct) =>
        outbox.AddAsync(db, UserEmailTemplates.EmailChange,
            new EmailChangeModel(NameOf(user), newEmail,
                $"{Portal}/profile/confirm-email?user={user.Id}&email={Uri.EscapeDataString(newEmail)}&token={Uri.EscapeDataString(token)}"),
            new EmailRecipient(newEmail, NameOrNull(user)), ct);

    public Task DispatchAsync(CancellationToken ct) => outbox.DispatchAsync(ct);

    private static EmailRecipient To(PortalUser user) => new(user.Email!, NameOrNull(user));

    private static string NameOf(PortalUser user) => NameOrNull(user) ?? user.Email!;

    private static string? NameOrNull(PortalUser user) => string.IsNullOrWhiteSpace(user.DisplayName) ? null : user.DisplayName;
}
