using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Data;

namespace SelfCare.Host.Jobs;

/// <summary>Job bookkeeping in each tenant database: the idempotency ledger and the execution history.</summary>
internal sealed class JobsDbContext(DbContextOptions<JobsDbContext> options) : DbContext(options)
{
    public static readonly SchemaDescriptor Schema = new("jobs", typeof(JobsDbContext), typeof(JobsDbContext).Assembly, "Jobs/Migrations");

    public DbSet<JobRun> Runs => Set<JobRun>();
    public DbSet<JobExecution> Executions => Set<JobExecution>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<JobRun>(r =>
        {
            r.ToTable("job_runs");
            r.HasKey(x => new { x.Job, x.Period });
            r.Property(x => x.Job).HasMaxLength(200);
            r.Property(x => x.Period).HasMaxLength(100);
            r.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.Error).HasMaxLength(2000);
        });
        modelBuilder.Entity<JobExecution>(e =>
        {
            e.ToTable("job_executions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Job).HasMaxLength(200);
            e.Property(x => x.Key).HasMaxLength(200);
            e.Property(x => x.Outcome).HasMaxLength(20);
            e.Property(x => x.Error).HasMaxLength(2000);
            e.Property(x => x.Node).HasMaxLength(200);
            e.HasIndex(x => new { x.Job, x.StartedAtMs });
        });
    }
}
