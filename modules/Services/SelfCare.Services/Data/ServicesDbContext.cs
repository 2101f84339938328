using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Data;
using SelfCare.Platform.Security;

namespace SelfCare.Services.Data;

internal sealed class ServicesDbContext(DbContextOptions<ServicesDbContext> options, IAccountScope scope)
    : ModuleDbContext(options, scope)
{
    public DbSet<CustomerService> Services => Set<CustomerService>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CustomerService>(s =>
        {
            s.ToTable("services");
            s.HasKey(x => x.Id);
            s.Property(x => x.ServiceId).HasMaxLength(60);
            s.Property(x => x.Location).HasMaxLength(300);
            s.Property(x => x.Description).HasMaxLength(CustomerService.DescriptionMaxLength);
            s.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            s.HasIndex(x => x.ServiceId).IsUnique();
            s.Property(x => x.ExternalId).HasMaxLength(100);
            s.HasIndex(x => x.ExternalId).IsUnique();
            s.HasIndex(x => new { x.AccountId, x.Status });
            s.HasMany(x => x.Products).WithOne().HasForeignKey(p => p.ServiceRowId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ServiceProduct>(p =>
        {
            p.ToTable("service_products");
            p.HasKey(x => x.Id);
            p.Property(x => x.Product).HasMaxLength(200);
            p.Property(x => x.UnitPrice).HasPrecision(18, 4);
            p.Property(x => x.Currency).HasMaxLength(3);
        });
        // After the entities: the base applies the account scope to every IAccountOwned entity it finds.
        base.OnModelCreating(modelBuilder);
    }
}
