using Microsoft.EntityFrameworkCore;

namespace SelfCare.Host.HostData;

/// <summary>The host registry: tenants and host operators. Holds no tenant-owned business data.</summary>
internal sealed class HostDbContext(DbContextOptions<HostDbContext> options) : DbContext(options)
{
    public DbSet<TenantRecord> Tenants => Set<TenantRecord>();
    public DbSet<HostOperator> Operators => Set<HostOperator>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TenantRecord>(t =>
        {
            t.ToTable("tenants");
            t.HasKey(x => x.Id);
            t.Property(x => x.Id).HasMaxLength(40);
            t.Property(x => x.Name).HasMaxLength(100);
            t.Property(x => x.Hosts).HasMaxLength(1000);
            t.Property(x => x.Prefix).HasMaxLength(40);
            t.Property(x => x.Theme).HasMaxLength(40);
            t.Property(x => x.TimeZone).HasMaxLength(60);
            t.Property(x => x.State).HasMaxLength(20);
            t.Property(x => x.DatabaseProvider).HasMaxLength(20);
            t.Property(x => x.ConnectionString).HasMaxLength(1000);
            t.Property(x => x.EnabledFeatures).HasMaxLength(1000);
            t.Property(x => x.FeatureProfile).HasMaxLength(1000);
            t.Property(x => x.FirstAdminEmail).HasMaxLength(256);
            t.HasIndex(x => x.Prefix).IsUnique();
        });
        modelBuilder.Entity<HostOperator>(o =>
        {
            o.ToTable("host_operators");
            o.HasKey(x => x.Id);
            o.Property(x => x.Email).HasMaxLength(256);
            o.Property(x => x.PasswordHash).HasMaxLength(400);
            o.HasIndex(x => x.Email).IsUnique();
        });
    }
}
