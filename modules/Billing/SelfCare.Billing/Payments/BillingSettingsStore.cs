using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Data;

namespace SelfCare.Billing.Payments;

/// <summary>Reads and saves the tenant's single <see cref="BillingSettings"/> row (defaults until an admin saves).</summary>
internal sealed class BillingSettingsStore(BillingDbContext db)
{
    public async Task<BillingSettings> GetAsync(CancellationToken ct) =>
        await db.Set<BillingSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == BillingSettings.SingletonId, ct)
        ?? new BillingSettings();

    public async Task SaveAsync(BillingSettings settings, CancellationToken ct)
    {
        var row = await db.Set<BillingSettings>().FirstOrDefaultAsync(s => s.Id == BillingSettings.SingletonId, ct);
        if (row is null)
            db.Add(row = new BillingSettings());
        row.OfferCards = settings.OfferCards;
        row.OfferAch = settings.OfferAch;
        row.CardFeePercent = settings.CardFeePercent;
        row.CardFeeFlat = settings.CardFeeFlat;
        row.AllowOverpayment = settings.AllowOverpayment;
        row.CustomersMayChangeAutopay = settings.CustomersMayChangeAutopay;
        row.AutopayNoticeDays = settings.AutopayNoticeDays;
        row.AutopayMaxRetries = settings.AutopayMaxRetries;
        row.AutopayRetryDays = settings.AutopayRetryDays;
        await db.SaveChangesAsync(ct);
    }
}
