using Microsoft.EntityFrameworkCore;

namespace SelfCare.Billing.Payments;

/// <summary>The payments tables' mapping, applied by BillingDbContext (migration 0002).</summary>
internal static class PaymentsModel
{
    public static void MapPayments(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SavedPaymentMethod>(m =>
        {
            m.ToTable("payment_methods");
            m.HasKey(x => x.Id);
            m.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
            m.Property(x => x.Gateway).HasMaxLength(40);
            m.Property(x => x.Token).HasMaxLength(SavedPaymentMethod.TokenMaxLength);
            m.Property(x => x.Brand).HasConversion<string>().HasMaxLength(20);
            m.Property(x => x.Last4).HasMaxLength(4);
            m.Property(x => x.HolderName).HasMaxLength(SavedPaymentMethod.HolderMaxLength);
            m.Property(x => x.BankAccountType).HasConversion<string>().HasMaxLength(10);
            m.Property(x => x.RoutingLast4).HasMaxLength(4);
            m.Property(x => x.CreatedBy).HasMaxLength(256);
            m.Ignore(x => x.Label);
            m.HasIndex(x => x.AccountId);
        });
        modelBuilder.Entity<AchAuthorization>(a =>
        {
            a.ToTable("ach_authorizations");
            a.HasKey(x => x.Id);
            a.Property(x => x.AuthorizedBy).HasMaxLength(256);
            a.Property(x => x.Text).HasMaxLength(AchAuthorization.TextMaxLength);
            a.Property(x => x.IpAddress).HasMaxLength(64);
            a.HasIndex(x => x.AccountId);
        });
        modelBuilder.Entity<PortalCharge>(c =>
        {
            c.ToTable("portal_charges");
            c.HasKey(x => x.PaymentId);
            c.Property(x => x.Gateway).HasMaxLength(40);
            c.Property(x => x.TransactionId).HasMaxLength(100);
            c.Property(x => x.Fee).HasPrecision(18, 2);
            c.Property(x => x.Total).HasPrecision(18, 2);
            c.Property(x => x.FailureMessage).HasMaxLength(300);
        });
        modelBuilder.Entity<BillingSettings>(s =>
        {
            s.ToTable("billing_settings");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.CardFeePercent).HasPrecision(5, 2);
            s.Property(x => x.CardFeeFlat).HasPrecision(18, 2);
        });
    }
}
