using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Data;

namespace SelfCare.Billing.Gateway;

/// <summary>The Sandbox gateway's table (migration 0005), applied by <see cref="BillingDbContext"/>.</summary>
internal static class SandboxModel
{
    public static void MapSandbox(this ModelBuilder modelBuilder) =>
        modelBuilder.Entity<SandboxCharge>(c =>
        {
            c.ToTable("sandbox_charges");
            c.HasKey(x => x.IdempotencyKey);
            c.Property(x => x.IdempotencyKey).HasMaxLength(Data.Payment.KeyMaxLength);
            c.Property(x => x.Token).HasMaxLength(Payments.SavedPaymentMethod.TokenMaxLength);
            c.Property(x => x.Amount).HasPrecision(18, 2);
            c.Property(x => x.Currency).HasMaxLength(3);
            c.Property(x => x.TransactionId).HasMaxLength(100);
            c.Property(x => x.Reason).HasConversion<string>().HasMaxLength(30);
            c.Property(x => x.Message).HasMaxLength(300);
            c.Ignore(x => x.Result);
        });
}
