namespace SelfCare.Billing.Contracts;

/// <summary>
/// The account's bill delivery options, kept by the portal's Options and Settings (the host implements it), for Billing
/// to honour when it sends or prints bills. Ignores the caller's scope: sending runs as the system.
/// </summary>
public interface IBillDeliveryPreferences
{
    /// <summary>The saved choice, or the default (email, not paperless, no billing email, notify) when none is saved.</summary>
    Task<BillDeliveryPreference> ForAccountAsync(Guid accountId, CancellationToken cancellationToken);
}
