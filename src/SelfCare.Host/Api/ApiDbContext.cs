using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Data;

namespace SelfCare.Host.Api;

/// <summary>The integration API's tables in each tenant database (schema "api").</summary>
internal sealed class ApiDbContext(DbContextOptions<ApiDbContext> options) : DbContext(options)
{
    public static readonly SchemaDescriptor Schema = new("api", typeof(ApiDbContext), typeof(ApiDbContext).Assembly, "Api/Migrations");

    public DbSet<ApiKey> Keys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ApiKey>(k =>
        {
            k.ToTable("api_keys");
            k.HasKey(x => x.Id);
            k.Property(x => x.Id).HasMaxLength(32).ValueGeneratedNever();
            k.Property(x => x.Name).HasMaxLength(100);
            k.Property(x => x.Scopes).HasMaxLength(2000);
            k.Property(x => x.SecretHash).HasMaxLength(32);
            k.Property(x => x.CreatedBy).HasMaxLength(256);
            k.Property(x => x.RevokedBy).HasMaxLength(256);
            k.Ignore(x => x.ScopeList);
        });
    }
}
