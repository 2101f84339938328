using Microsoft.EntityFrameworkCore;

namespace SelfCare.Billing.Totals;

internal static class TotalsMapping
{
    public static ModelBuilder MapLedgerTotals(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AccountTotals>(t =>
        {
            t.ToTable("account_totals");
            t.HasKey(x => x.AccountId);
            t.Property(x => x.Currency).HasMaxLength(3);
        });
        modelBuilder.Entity<InvoiceTotals>(t =>
        {
            t.ToTable("invoice_totals");
            t.HasKey(x => x.InvoiceId);
            t.Property(x => x.Number).HasMaxLength(Data.Invoice.NumberMaxLength);
            t.Property(x => x.Currency).HasMaxLength(3);
            t.HasIndex(x => new { x.AccountId, x.BalanceCents });
        });
        modelBuilder.Entity<AccountMonthTotals>(t =>
        {
            t.ToTable("account_month_totals");
            t.HasKey(x => new { x.AccountId, x.Month });
        });
        return modelBuilder;
    }
}
