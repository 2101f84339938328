using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Data;

namespace SelfCare.Billing.Totals;

/// <summary>
/// Keeps <see cref="AccountTotals"/>, <see cref="InvoiceTotals"/> and <see cref="AccountMonthTotals"/> equal to the ledger:
/// <see cref="BillingDbContext"/> routes every SaveChanges through here, so no writer (API upserts, portal payments,
/// provisioning, autopay) can forget it. The touched accounts and invoices are recomputed from their ledger rows after the
/// ledger write, inside the same transaction (the caller's, or one opened here), so totals never show a half-applied write.
/// </summary>
internal static class LedgerTotals
{
    public static async Task<int> SaveAsync(BillingDbContext db, bool acceptAllChangesOnSuccess, Func<Task<int>> save, CancellationToken ct)
    {
        var touch = LedgerTouch.Collect(db.ChangeTracker);
        if (touch.IsEmpty)
            return await save();
        // The totals are saved by a second SaveChanges: ledger entries left unaccepted would be written twice.
        if (!acceptAllChangesOnSuccess)
            throw new NotSupportedException("Ledger changes are saved with their totals; acceptAllChangesOnSuccess: false is not supported.");
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var written = await save();
            await RefreshAsync(db, touch, save, ct);
            if (own is not null)
                await own.CommitAsync(ct);
            return written;
        }
        finally
        {
            if (own is not null)
                await own.DisposeAsync();
        }
    }

    private static async Task RefreshAsync(BillingDbContext db, LedgerTouch touch, Func<Task<int>> save, CancellationToken ct)
    {
        var ledger = db.Set<Invoice>().IgnoreQueryFilters().AsNoTracking();
        var payments = touch.Payments.ToList();
        if (payments.Count > 0)
            touch.Invoices.UnionWith(await db.Set<PaymentAllocation>().IgnoreQueryFilters().AsNoTracking()
                .Where(a => payments.Contains(a.PaymentRowId)).Select(a => a.InvoiceId).ToListAsync(ct));
        var invoiceIds = touch.Invoices.ToList();
        touch.Accounts.UnionWith(await ledger.Where(i => invoiceIds.Contains(i.Id)).Select(i => i.AccountId).ToListAsync(ct));
        await TotalsLock.AcquireAsync(db, touch.Accounts, ct);

        var accountIds = touch.Accounts.ToList();
        var (accounts, months) = await TotalsRecompute.AccountsAsync(db, accountIds, ct);
        var invoices = await TotalsRecompute.InvoicesAsync(db, invoiceIds, ct);
        await db.Set<AccountTotals>().IgnoreQueryFilters().Where(t => accountIds.Contains(t.AccountId)).ExecuteDeleteAsync(ct);
        await db.Set<AccountMonthTotals>().IgnoreQueryFilters().Where(t => accountIds.Contains(t.AccountId)).ExecuteDeleteAsync(ct);
        await db.Set<InvoiceTotals>().IgnoreQueryFilters().Where(t => invoiceIds.Contains(t.InvoiceId)).ExecuteDeleteAsync(ct);
        db.AddRange(accounts);
        db.AddRange(months);
        db.AddRange(invoices);
        await save();
        // Not kept tracked: the next refresh deletes and re-adds these rows, and a stale tracked copy would hide a change.
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is AccountTotals or AccountMonthTotals or InvoiceTotals).ToList())
            entry.State = EntityState.Detached;
    }
}
