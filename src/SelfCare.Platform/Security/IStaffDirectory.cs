using SelfCare.Platform.Email;

namespace SelfCare.Platform.Security;

/// <summary>The current tenant's staff: who a module notifies when a customer asks for something staff must act on.</summary>
public interface IStaffDirectory
{
    /// <summary>Active users of the current tenant in the Staff or TenantAdmin role, with a confirmed-or-not email address, ordered by address.</summary>
    Task<IReadOnlyList<EmailRecipient>> StaffRecipientsAsync(CancellationToken cancellationToken = default);
}
