using Microsoft.EntityFrameworkCore;
using SelfCare.Agreements.Alerts;
using SelfCare.Agreements.Data;
using SelfCare.Platform.Jobs;

namespace SelfCare.Agreements.Ledger;

/// <summary>
/// Writes each agreement's upkeep (a month's included hours, expiry, carry-over) early every day, so the ledger shows them even on
/// days without time entries, and emails low-balance crossings left unsent. Idempotent: upkeep run twice on one day finds nothing left to do.
/// </summary>
internal sealed class AgreementUpkeepJob(AgreementsDbContext db, HoursLedger ledger, LowBalanceAlerts alerts) : ITenantJob
{
    public const string Name = "agreements-upkeep";
    public const string Cron = "0 10 0 * * ?";

    public async Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        var ids = await db.Agreements.AsNoTracking().Where(a => a.CancelledAt == null).Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var id in ids)
            await ledger.UpkeepAsync(id, cancellationToken);
        await alerts.SendPendingAsync(null, cancellationToken); // crossings a stopped process recorded but did not email
    }
}
