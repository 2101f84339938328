using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Data;
using SelfCare.Platform.Security;

namespace SelfCare.Tests.Email;

/// <summary>A module DbContext as a module would write it; the outbox comes with <see cref="ModuleDbContext"/>.</summary>
public sealed class ShipmentsDbContext(DbContextOptions<ShipmentsDbContext> options, IAccountScope scope) : ModuleDbContext(options, scope)
{
    public DbSet<Shipment> Shipments => Set<Shipment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Shipment>(s =>
        {
            s.ToTable("test_shipments");
            s.HasKey(x => x.Id);
            s.Property(x => x.Number).HasMaxLength(40);
        });
    }
}
