using SelfCare.Billing.Ledger;
using SelfCare.Platform.Jobs;

namespace SelfCare.Billing.Autopay;

/// <summary>
/// The daily autopay run for one tenant, early morning in its time zone (<see cref="Cron"/>), for the tenant's today.
/// Firing it again (Quartz failover, a manual run) is harmless: notices and attempts are claimed by unique rows.
/// </summary>
internal sealed class AutopayJob(AutopayRunner runner, TenantToday today) : ITenantJob
{
    public const string Name = "autopay-daily";
    public const string Cron = "0 0 6 * * ?";

    public Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken) => runner.RunAsync(today.Value, cancellationToken);
}
