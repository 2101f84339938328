using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Data;
using SelfCare.Platform.Security;

namespace SelfCare.Reports.Data;

internal sealed class ReportsDbContext(DbContextOptions<ReportsDbContext> options, IAccountScope scope)
    : ModuleDbContext(options, scope)
{
    public DbSet<Download> Downloads => Set<Download>();
    public DbSet<ReportSchedule> Schedules => Set<ReportSchedule>();
    public DbSet<ScheduleRecipient> Recipients => Set<ScheduleRecipient>();
    public DbSet<ScheduleRun> Runs => Set<ScheduleRun>();
    public DbSet<SavedReport> Saved => Set<SavedReport>();
    public DbSet<BackgroundRun> BackgroundRuns => Set<BackgroundRun>();
    public DbSet<ReportsSettings> Settings => Set<ReportsSettings>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Download>(d =>
        {
            d.ToTable("report_downloads");
            d.HasKey(x => x.Id);
            d.Property(x => x.FileName).HasMaxLength(Download.NameMaxLength);
            d.Property(x => x.ContentType).HasMaxLength(120);
            d.Property(x => x.Source).HasMaxLength(60);
            d.Property(x => x.Key).HasMaxLength(200);
            d.HasIndex(x => new { x.AccountId, x.Key }).IsUnique();
            d.HasIndex(x => new { x.AccountId, x.CreatedAt });
            d.HasIndex(x => x.CreatedAt);
        });
        modelBuilder.Entity<ReportSchedule>(s =>
        {
            s.ToTable("report_schedules");
            s.HasKey(x => x.Id);
            s.Property(x => x.OwnerUserId).HasMaxLength(450);
            s.Property(x => x.OwnerEmail).HasMaxLength(256);
            s.Property(x => x.Name).HasMaxLength(ReportSchedule.NameMaxLength);
            s.Property(x => x.DefinitionId).HasMaxLength(100);
            s.Property(x => x.Format).HasConversion<string>().HasMaxLength(10);
            s.Property(x => x.Frequency).HasConversion<string>().HasMaxLength(20);
            s.Property(x => x.Message).HasMaxLength(ReportSchedule.MessageMaxLength);
            s.HasIndex(x => new { x.Active, x.NextRunAt });
            s.HasIndex(x => x.AccountId);
            s.HasMany(x => x.Recipients).WithOne().HasForeignKey(r => r.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ScheduleRecipient>(r =>
        {
            r.ToTable("report_schedule_recipients");
            r.HasKey(x => x.Id);
            r.Property(x => x.Address).HasMaxLength(256);
            r.Property(x => x.UserId).HasMaxLength(450);
        });
        modelBuilder.Entity<ScheduleRun>(r =>
        {
            r.ToTable("report_schedule_runs");
            r.HasKey(x => x.Id);
            r.Property(x => x.Period).HasMaxLength(80);
            r.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.FileName).HasMaxLength(Download.NameMaxLength);
            r.Property(x => x.Recipients).HasMaxLength(4000);
            r.Property(x => x.Error).HasMaxLength(2000);
            r.HasIndex(x => new { x.ScheduleId, x.Period }).IsUnique();
            r.HasIndex(x => new { x.ScheduleId, x.StartedAt });
            r.HasIndex(x => x.DownloadId);
        });
        modelBuilder.Entity<SavedReport>(s =>
        {
            s.ToTable("report_saved");
            s.HasKey(x => x.Id);
            s.Property(x => x.OwnerUserId).HasMaxLength(450);
            s.Property(x => x.OwnerName).HasMaxLength(256);
            s.Property(x => x.Name).HasMaxLength(ReportSchedule.NameMaxLength);
            s.Property(x => x.DefinitionId).HasMaxLength(100);
            s.Property(x => x.Query).HasMaxLength(2000);
            s.HasIndex(x => x.AccountId);
        });
        modelBuilder.Entity<BackgroundRun>(b =>
        {
            b.ToTable("report_background_runs");
            b.HasKey(x => x.Id);
            b.Property(x => x.UserId).HasMaxLength(450);
            b.Property(x => x.DefinitionId).HasMaxLength(100);
            b.Property(x => x.Query).HasMaxLength(2000);
            b.Property(x => x.Format).HasConversion<string>().HasMaxLength(10);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Error).HasMaxLength(2000);
            b.HasIndex(x => x.UserId);
        });
        modelBuilder.Entity<ReportsSettings>(s =>
        {
            s.ToTable("report_settings");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
        });
        // After the entities: the base applies the account scope to every IAccountOwned entity it finds.
        base.OnModelCreating(modelBuilder);
    }
}
