using SelfCare.Platform.Jobs;

namespace SelfCare.Agreements.Purchases;

/// <summary>
/// Every five minutes: portal purchases whose payment was left Pending get the result Billing's reconciliation reached
/// (<see cref="PortalPurchases.SettleAsync"/>). Running twice is harmless: a purchase is credited once.
/// </summary>
internal sealed class PurchaseSettleJob(PortalPurchases purchases) : ITenantJob
{
    public const string Name = "agreements-purchases";
    public const string Cron = "0 2/5 * * * ?";

    public Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken) => purchases.SettleAsync(cancellationToken);
}
