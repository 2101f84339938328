using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Contracts;
using SelfCare.Billing.Data;

namespace SelfCare.Billing.Ledger;

/// <summary>Writes ledger rows outside any page (demo seeding, imports); finds invoices regardless of scope.</summary>
internal sealed class BillingProvisioning(BillingDbContext db, TimeProvider clock) : IBillingProvisioning
{
    public async Task PostInvoicesAsync(IReadOnlyList<NewInvoice> invoices, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        db.Invoices.AddRange(invoices.Select(i => LedgerFactory.Invoice(i, now)));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public async Task RecordPaymentsAsync(IReadOnlyList<NewPayment> payments, CancellationToken cancellationToken)
    {
        var ids = await InvoiceIdsAsync(payments.SelectMany(p => p.Allocations.Select(a => a.InvoiceNumber)), cancellationToken);
        var now = clock.GetUtcNow();
        db.Payments.AddRange(payments.Select(p => LedgerFactory.Payment(p, ids, now)));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public async Task RecordAdjustmentsAsync(IReadOnlyList<NewAdjustment> adjustments, CancellationToken cancellationToken)
    {
        var ids = await InvoiceIdsAsync(adjustments.Where(a => a.InvoiceNumber is not null).Select(a => a.InvoiceNumber!), cancellationToken);
        var now = clock.GetUtcNow();
        db.Adjustments.AddRange(adjustments.Select(a =>
            LedgerFactory.Adjustment(a, a.InvoiceNumber is null ? null : ids[a.InvoiceNumber], now)));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private async Task<Dictionary<string, Guid>> InvoiceIdsAsync(IEnumerable<string> numbers, CancellationToken ct)
    {
        var wanted = numbers.Distinct().ToList();
        return await db.Invoices.IgnoreQueryFilters().Where(i => wanted.Contains(i.Number))
            .ToDictionaryAsync(i => i.Number, i => i.Id, ct);
    }
}
