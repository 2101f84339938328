using Microsoft.EntityFrameworkCore;

namespace SelfCare.Billing.Autopay;

/// <summary>The autopay tables' mapping, applied by BillingDbContext (migration 0003).</summary>
internal static class AutopayModel
{
    public static void MapAutopay(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AutopayEnrolment>(e =>
        {
            e.ToTable("autopay_enrolments");
            e.HasKey(x => x.Id);
            e.Property(x => x.EnrolledBy).HasMaxLength(256);
            e.Property(x => x.ChangedBy).HasMaxLength(256);
            e.HasIndex(x => x.AccountId).IsUnique();
        });
        modelBuilder.Entity<AutopayAttempt>(a =>
        {
            a.ToTable("autopay_attempts");
            a.HasKey(x => x.Id);
            a.Property(x => x.InvoiceNumber).HasMaxLength(Data.Invoice.NumberMaxLength);
            a.Property(x => x.Amount).HasPrecision(18, 2);
            a.Property(x => x.Currency).HasMaxLength(3);
            a.Property(x => x.Method).HasMaxLength(Data.Payment.MethodMaxLength);
            a.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
            a.Property(x => x.Message).HasMaxLength(AutopayAttempt.MessageMaxLength);
            a.HasIndex(x => new { x.InvoiceId, x.AttemptNo }).IsUnique();
            a.HasIndex(x => new { x.AccountId, x.ChargeDate });
        });
        modelBuilder.Entity<AutopayNotice>(n =>
        {
            n.ToTable("autopay_notices");
            n.HasKey(x => x.InvoiceId);
            n.Property(x => x.SentTo).HasMaxLength(256);
        });
    }
}
