using SelfCare.Platform.Email;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Identity;

/// <summary><see cref="IStaffDirectory"/>: the tenant's active staff and tenant admins (<see cref="PortalUserDirectory"/>) as email recipients.</summary>
internal sealed class StaffDirectory(PortalUserDirectory users) : IStaffDirectory
{
    public async Task<IReadOnlyList<EmailRecipient>> StaffRecipientsAsync(CancellationToken cancellationToken = default) =>
        [.. (await users.ActiveStaffAsync(cancellationToken))
            .Select(u => new EmailRecipient(u.Email, string.IsNullOrWhiteSpace(u.DisplayName) ? null : u.DisplayName))];
}
