using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SelfCare.Billing.Data;

namespace SelfCare.Billing.Totals;

/// <summary>
/// What a SaveChanges is about to change in the ledger: the accounts, invoices and payments whose totals must be
/// recomputed, old and new values alike (a row moved to another account or invoice touches both).
/// </summary>
internal sealed class LedgerTouch
{
    public HashSet<Guid> Accounts { get; } = [];
    public HashSet<Guid> Invoices { get; } = [];
    public HashSet<Guid> Payments { get; } = [];

    public bool IsEmpty => Accounts.Count == 0 && Invoices.Count == 0 && Payments.Count == 0;

    public static LedgerTouch Collect(ChangeTracker tracker)
    {
        if (tracker.AutoDetectChangesEnabled)
            tracker.DetectChanges();
        var touch = new LedgerTouch();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            switch (entry.Entity)
            {
                case Invoice i:
                    touch.Invoices.Add(i.Id);
                    AddBoth(touch.Accounts, entry, nameof(Invoice.AccountId));
                    break;
                case Payment p:
                    touch.Payments.Add(p.Id);
                    AddBoth(touch.Accounts, entry, nameof(Payment.AccountId));
                    break;
                case PaymentAllocation a:
                    touch.Payments.Add(a.PaymentRowId);
                    AddBoth(touch.Accounts, entry, nameof(PaymentAllocation.AccountId));
                    AddBoth(touch.Invoices, entry, nameof(PaymentAllocation.InvoiceId));
                    break;
                case Adjustment:
                    AddBoth(touch.Accounts, entry, nameof(Adjustment.AccountId));
                    AddBoth(touch.Invoices, entry, nameof(Adjustment.InvoiceId));
                    break;
            }
        }
        return touch;
    }

    private static void AddBoth(HashSet<Guid> set, EntityEntry entry, string property)
    {
        var p = entry.Property(property);
        if (p.CurrentValue is Guid current)
            set.Add(current);
        if (entry.State != EntityState.Added && p.OriginalValue is Guid original)
            set.Add(original);
    }
}
