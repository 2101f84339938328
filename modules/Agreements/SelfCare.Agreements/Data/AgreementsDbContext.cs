using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Data;
using SelfCare.Platform.Security;

namespace SelfCare.Agreements.Data;

internal sealed class AgreementsDbContext(DbContextOptions<AgreementsDbContext> options, IAccountScope scope)
    : ModuleDbContext(options, scope)
{
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<HourBucket> Buckets => Set<HourBucket>();
    public DbSet<LedgerEntry> Entries => Set<LedgerEntry>();
    public DbSet<TimeEntry> TimeEntries => Set<TimeEntry>();
    public DbSet<Purchase> Purchases => Set<Purchase>();
    public DbSet<DrawOrderSetting> DrawOrders => Set<DrawOrderSetting>();
    public DbSet<LowBalanceAlert> Alerts => Set<LowBalanceAlert>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Agreement>(a =>
        {
            a.ToTable("agreements");
            a.HasKey(x => x.Id);
            a.Property(x => x.Number).HasMaxLength(Agreement.NumberMaxLength);
            a.Property(x => x.ExternalId).HasMaxLength(100);
            a.Property(x => x.Type).HasConversion<string>().HasMaxLength(30);
            a.Property(x => x.Title).HasMaxLength(Agreement.TitleMaxLength);
            a.Property(x => x.CoveredTiers).HasMaxLength(100);
            a.Property(x => x.EmergencyRate).HasPrecision(18, 2);
            a.Property(x => x.HelpDeskRate).HasPrecision(18, 2);
            a.Property(x => x.ProfessionalRate).HasPrecision(18, 2);
            a.Property(x => x.AfterHoursMultiplier).HasPrecision(6, 2);
            a.Property(x => x.BlockPricePerHour).HasPrecision(18, 2);
            a.Property(x => x.Currency).HasMaxLength(3);
            a.Property(x => x.CancelledBy).HasMaxLength(256);
            a.Ignore(x => x.Tiers);
            a.HasIndex(x => x.Number).IsUnique();
            a.HasIndex(x => x.ExternalId).IsUnique();
            a.HasIndex(x => new { x.AccountId, x.Number });
        });
        modelBuilder.Entity<HourBucket>(b =>
        {
            b.ToTable("hour_buckets");
            b.HasKey(x => x.Id);
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Label).HasMaxLength(200);
            b.HasIndex(x => new { x.AgreementId, x.Kind, x.Month });
            b.HasIndex(x => x.AccountId);
        });
        modelBuilder.Entity<LedgerEntry>(e =>
        {
            e.ToTable("ledger_entries");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Note).HasMaxLength(LedgerEntry.NoteMaxLength);
            e.Property(x => x.By).HasMaxLength(256);
            e.HasIndex(x => new { x.AgreementId, x.At });
            e.HasIndex(x => x.BucketId);
            e.HasIndex(x => x.TimeEntryId);
            e.HasIndex(x => x.AccountId);
        });
        modelBuilder.Entity<TimeEntry>(t =>
        {
            t.ToTable("time_entries");
            t.HasKey(x => x.Id);
            t.Property(x => x.TicketSubject).HasMaxLength(300);
            t.Property(x => x.Requester).HasMaxLength(256);
            t.Property(x => x.Tier).HasConversion<string>().HasMaxLength(30);
            t.Property(x => x.Rate).HasPrecision(18, 2);
            t.Property(x => x.By).HasMaxLength(256);
            t.Property(x => x.Note).HasMaxLength(TimeEntry.NoteMaxLength);
            t.Property(x => x.Key).HasMaxLength(TimeEntry.KeyMaxLength);
            t.Property(x => x.ExternalId).HasMaxLength(100);
            t.Ignore(x => x.ContactForPayment);
            t.HasIndex(x => x.Key).IsUnique();
            t.HasIndex(x => x.ExternalId).IsUnique();
            t.HasIndex(x => new { x.TicketId, x.LoggedAt });
            t.HasIndex(x => new { x.AgreementId, x.WorkedOn });
            t.HasIndex(x => new { x.AccountId, x.WorkedOn });
        });
        modelBuilder.Entity<Purchase>(p =>
        {
            p.ToTable("purchases");
            p.HasKey(x => x.Id);
            p.Property(x => x.Amount).HasPrecision(18, 2);
            p.Property(x => x.Currency).HasMaxLength(3);
            p.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            p.Property(x => x.Key).HasMaxLength(150);
            p.Property(x => x.ExternalId).HasMaxLength(100);
            p.Property(x => x.PaymentReference).HasMaxLength(100);
            p.Property(x => x.FailureMessage).HasMaxLength(500);
            p.Property(x => x.By).HasMaxLength(256);
            p.HasIndex(x => x.Key).IsUnique();
            p.HasIndex(x => x.ExternalId).IsUnique();
            p.HasIndex(x => new { x.AgreementId, x.CreatedAt });
            p.HasIndex(x => x.AccountId);
        });
        modelBuilder.Entity<DrawOrderSetting>(d =>
        {
            d.ToTable("draw_orders");
            d.HasKey(x => x.Type);
            d.Property(x => x.Type).HasConversion<string>().HasMaxLength(30);
            d.Property(x => x.Order).HasMaxLength(100);
        });
        modelBuilder.Entity<LowBalanceAlert>(a =>
        {
            a.ToTable("low_balance_alerts");
            a.HasKey(x => x.Id);
            a.HasIndex(x => new { x.AgreementId, x.SentAt });
            a.HasIndex(x => x.AccountId);
        });
        base.OnModelCreating(modelBuilder);
    }
}
