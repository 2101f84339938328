using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Data;
using SelfCare.Platform.Security;

namespace SelfCare.Usage.Data;

internal sealed class UsageDbContext(DbContextOptions<UsageDbContext> options, IAccountScope scope)
    : ModuleDbContext(options, scope)
{
    public const string CdrTable = "call_detail_records";

    public DbSet<CallDetailRecord> CallDetails => Set<CallDetailRecord>();
    public DbSet<MonthlyCdrFile> MonthlyFiles => Set<MonthlyCdrFile>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CallDetailRecord>(c =>
        {
            c.ToTable(CdrTable);
            c.HasKey(x => x.Id);
            c.Property(x => x.Id).ValueGeneratedOnAdd();
            c.Property(x => x.ExternalId).HasMaxLength(CallDetailRecord.ExternalIdMaxLength);
            c.Property(x => x.ServiceId).HasMaxLength(CallDetailRecord.ServiceIdMaxLength);
            c.Property(x => x.FromNumber).HasMaxLength(CallDetailRecord.NumberMaxLength);
            c.Property(x => x.ToNumber).HasMaxLength(CallDetailRecord.NumberMaxLength);
            c.Property(x => x.Currency).HasMaxLength(3);
            c.Ignore(x => x.Amount);
            c.HasIndex(x => x.ExternalId).IsUnique();
            // The search page and the Call Detail report: an account's calls by start time.
            c.HasIndex(x => new { x.AccountId, x.StartedAt });
            // Summaries and the monthly file: an account's billed month by service.
            c.HasIndex(x => new { x.AccountId, x.BillingCycle, x.ServiceId });
        });
        modelBuilder.Entity<MonthlyCdrFile>(f =>
        {
            f.ToTable("cdr_monthly_files");
            f.HasKey(x => new { x.AccountId, x.BillingCycle });
        });
        // After the entities: the base applies the account scope to every IAccountOwned entity it finds.
        base.OnModelCreating(modelBuilder);
    }
}
