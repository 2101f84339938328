using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Gateway;
using SelfCare.Billing.Autopay;
using SelfCare.Billing.Payments;
using SelfCare.Billing.Totals;
using SelfCare.Platform.Data;
using SelfCare.Platform.Security;

namespace SelfCare.Billing.Data;

/// <summary>
/// The billing ledger. Money columns are decimal (numeric(18,2) on PostgreSQL, TEXT on SQLite): SQLite cannot sum or
/// order decimals server-side, so totals and balances are aggregated in memory (<see cref="Ledger.LedgerQuery"/>).
/// </summary>
internal sealed class BillingDbContext(DbContextOptions<BillingDbContext> options, IAccountScope scope)
    : ModuleDbContext(options, scope)
{
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<InvoiceCharge> Charges => Set<InvoiceCharge>();
    public DbSet<Adjustment> Adjustments => Set<Adjustment>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<PaymentAllocation> Allocations => Set<PaymentAllocation>();

    /// <summary>Every ledger write also refreshes the totals it touches, in the same transaction (<see cref="LedgerTotals"/>).</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        LedgerTotals.SaveAsync(this, acceptAllChangesOnSuccess, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        LedgerTotals.SaveAsync(this, acceptAllChangesOnSuccess, () => Task.FromResult(base.SaveChanges(acceptAllChangesOnSuccess)), default)
            .GetAwaiter().GetResult();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Invoice>(i =>
        {
            i.ToTable("invoices");
            i.HasKey(x => x.Id);
            i.Property(x => x.Number).HasMaxLength(Invoice.NumberMaxLength);
            i.Property(x => x.ExternalId).HasMaxLength(100);
            i.Property(x => x.Currency).HasMaxLength(3);
            i.Property(x => x.Amount).HasPrecision(18, 2);
            i.HasIndex(x => x.Number).IsUnique();
            i.HasIndex(x => x.ExternalId).IsUnique();
            i.HasIndex(x => new { x.AccountId, x.IssueDate });
            i.HasMany(x => x.Charges).WithOne().HasForeignKey(c => c.InvoiceRowId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<InvoiceCharge>(c =>
        {
            c.ToTable("invoice_charges");
            c.HasKey(x => x.Id);
            c.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
            c.Property(x => x.ServiceId).HasMaxLength(60);
            c.Property(x => x.Product).HasMaxLength(InvoiceCharge.ProductMaxLength);
            c.Property(x => x.Quantity).HasPrecision(18, 4);
            c.Property(x => x.UnitPrice).HasPrecision(18, 4);
            c.Property(x => x.Amount).HasPrecision(18, 2);
        });
        modelBuilder.Entity<Adjustment>(a =>
        {
            a.ToTable("adjustments");
            a.HasKey(x => x.Id);
            a.Property(x => x.ExternalId).HasMaxLength(100);
            a.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
            a.Property(x => x.Amount).HasPrecision(18, 2);
            a.Property(x => x.Currency).HasMaxLength(3);
            a.Property(x => x.Description).HasMaxLength(Adjustment.DescriptionMaxLength);
            a.HasIndex(x => x.ExternalId).IsUnique();
            a.HasIndex(x => new { x.AccountId, x.Date });
            a.HasIndex(x => x.InvoiceId);
        });
        modelBuilder.Entity<Payment>(p =>
        {
            p.ToTable("payments");
            p.HasKey(x => x.Id);
            p.Property(x => x.Amount).HasPrecision(18, 2);
            p.Property(x => x.Currency).HasMaxLength(3);
            p.Property(x => x.Method).HasMaxLength(Payment.MethodMaxLength);
            p.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
            p.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            p.Property(x => x.ExternalId).HasMaxLength(Payment.KeyMaxLength);
            p.Property(x => x.IdempotencyKey).HasMaxLength(Payment.KeyMaxLength);
            p.Property(x => x.CreatedBy).HasMaxLength(256);
            p.HasIndex(x => x.ExternalId).IsUnique();
            p.HasIndex(x => x.IdempotencyKey).IsUnique();
            p.HasIndex(x => new { x.AccountId, x.Date });
            p.HasMany(x => x.Allocations).WithOne().HasForeignKey(a => a.PaymentRowId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PaymentAllocation>(a =>
        {
            a.ToTable("payment_allocations");
            a.HasKey(x => x.Id);
            a.Property(x => x.Amount).HasPrecision(18, 2);
            a.HasIndex(x => x.InvoiceId);
        });
        modelBuilder.MapPayments();
        modelBuilder.MapAutopay();
        modelBuilder.MapSandbox();
        modelBuilder.MapLedgerTotals();
        // After the entities: the base applies the account scope to every IAccountOwned entity it finds.
        base.OnModelCreating(modelBuilder);
    }
}
