using Microsoft.EntityFrameworkCore;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;

namespace SelfCare.Agreements.Purchases;

/// <summary>
/// Records purchases of hour blocks and credits the ledger once per purchase: a Pending purchase becomes Paid together with its
/// bucket and Purchase entry, under the agreement's lock, so a retried confirmation finds it Paid and credits nothing twice.
/// </summary>
internal sealed class PurchaseLedger(AgreementsDbContext db, HoursLedger ledger, TenantToday today, TimeProvider clock)
{
    /// <summary>Claims <paramref name="key"/> with a Pending purchase; returns the purchase the key already made when there is one.</summary>
    public async Task<Purchase> ClaimAsync(Agreement agreement, int minutes, decimal amount, string key, string by, string? externalId, DateOnly? on,
        CancellationToken ct)
    {
        if (await ByKeyAsync(key, ct) is { } existing)
            return existing;
        var purchase = new Purchase
        {
            Id = Guid.NewGuid(), AgreementId = agreement.Id, AccountId = agreement.AccountId, Minutes = minutes, Amount = amount,
            Currency = agreement.Currency, Status = PurchaseStatus.Pending, Key = key, ExternalId = externalId, PurchasedOn = on ?? today.Value,
            CreatedAt = clock.GetUtcNow(), By = by,
        };
        db.Purchases.Add(purchase);
        try
        {
            await db.SaveChangesAsync(ct);
            return purchase;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await ByKeyAsync(key, ct) ?? throw new InvalidOperationException("The purchase could not be recorded.");
        }
    }

    /// <summary>Marks the purchase Paid and credits its block (once; a Paid purchase is returned as it is).</summary>
    public async Task<Purchase?> CreditAsync(Guid purchaseId, string? paymentReference, CancellationToken ct, DateOnly? asOf = null)
    {
        db.ChangeTracker.Clear();
        var agreementId = await db.Purchases.Where(p => p.Id == purchaseId).Select(p => (Guid?)p.AgreementId).FirstOrDefaultAsync(ct);
        if (agreementId is null)
            return null;
        return await ledger.WriteAsync(agreementId.Value, "system", asOf, async s =>
        {
            var p = await db.Purchases.FirstAsync(x => x.Id == purchaseId, ct);
            if (p.Status == PurchaseStatus.Paid)
                return p;
            var expires = s.Agreement.BlockValidityMonths is { } months ? p.PurchasedOn.AddMonths(months) : (DateOnly?)null;
            var bucket = s.CreateBucket(BucketKind.Block, $"Block of {Hours.Format(p.Minutes)} hours bought {p.PurchasedOn:MMM d, yyyy}", null, false, expires);
            s.Add(bucket.Id, LedgerEntryKind.Purchase, p.Minutes, p.PaymentReference ?? paymentReference, purchaseId: p.Id);
            p.Status = PurchaseStatus.Paid;
            p.BucketId = bucket.Id;
            p.PaymentReference ??= paymentReference;
            return p;
        }, ct);
    }

    public async Task FailAsync(Guid purchaseId, string message, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await db.Purchases.Where(p => p.Id == purchaseId && p.Status == PurchaseStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.Status, PurchaseStatus.Failed).SetProperty(p => p.FailureMessage, message), ct);
    }

    private Task<Purchase?> ByKeyAsync(string key, CancellationToken ct) =>
        db.Purchases.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(p => p.Key == key, ct);
}
