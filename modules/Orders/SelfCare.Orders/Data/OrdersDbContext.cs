using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Data;
using SelfCare.Platform.Security;

namespace SelfCare.Orders.Data;

internal sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options, IAccountScope scope)
    : ModuleDbContext(options, scope)
{
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<UpcomingEvent> Events => Set<UpcomingEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Order>(o =>
        {
            o.ToTable("orders");
            o.HasKey(x => x.Id);
            o.Property(x => x.Number).HasMaxLength(Order.NumberMaxLength);
            o.Property(x => x.ExternalId).HasMaxLength(100);
            o.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            o.Property(x => x.OrderType).HasMaxLength(60);
            o.Property(x => x.Description).HasMaxLength(Order.DescriptionMaxLength);
            o.Property(x => x.Street1).HasMaxLength(200);
            o.Property(x => x.Street2).HasMaxLength(200);
            o.Property(x => x.City).HasMaxLength(100);
            o.Property(x => x.Region).HasMaxLength(100);
            o.Property(x => x.PostalCode).HasMaxLength(20);
            o.Property(x => x.Country).HasMaxLength(60);
            o.Property(x => x.CreatedBy).HasMaxLength(256);
            o.Ignore(x => x.AddressLine);
            o.HasIndex(x => x.Number).IsUnique();
            o.HasIndex(x => x.ExternalId).IsUnique();
            o.HasIndex(x => new { x.AccountId, x.Status });
            o.HasIndex(x => x.ActivationDate);
            o.HasMany(x => x.Lines).WithOne().HasForeignKey(l => l.OrderRowId).OnDelete(DeleteBehavior.Cascade);
            o.HasMany(x => x.Notes).WithOne().HasForeignKey(n => n.OrderRowId).OnDelete(DeleteBehavior.Cascade);
            o.HasMany(x => x.History).WithOne().HasForeignKey(h => h.OrderRowId).OnDelete(DeleteBehavior.Cascade);
            o.HasMany(x => x.Attachments).WithOne().HasForeignKey(a => a.OrderRowId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<OrderLine>(l =>
        {
            l.ToTable("order_lines");
            l.HasKey(x => x.Id);
            l.Property(x => x.Service).HasMaxLength(200);
            l.Property(x => x.ServiceId).HasMaxLength(60);
            l.Property(x => x.UnitPrice).HasPrecision(18, 4);
            l.Property(x => x.Currency).HasMaxLength(3);
        });
        modelBuilder.Entity<OrderNote>(n =>
        {
            n.ToTable("order_notes");
            n.HasKey(x => x.Id);
            n.Property(x => x.Text).HasMaxLength(OrderNote.TextMaxLength);
            n.Property(x => x.Author).HasMaxLength(256);
        });
        modelBuilder.Entity<OrderHistoryEntry>(h =>
        {
            h.ToTable("order_history");
            h.HasKey(x => x.Id);
            h.Property(x => x.FromStatus).HasConversion<string>().HasMaxLength(20);
            h.Property(x => x.ToStatus).HasConversion<string>().HasMaxLength(20);
            h.Property(x => x.ChangedBy).HasMaxLength(256);
            h.Property(x => x.Comment).HasMaxLength(OrderHistoryEntry.CommentMaxLength);
        });
        modelBuilder.Entity<OrderAttachment>(a =>
        {
            a.ToTable("order_attachments");
            a.HasKey(x => x.Id);
            a.Property(x => x.OriginalName).HasMaxLength(260);
            a.Property(x => x.UploadedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<UpcomingEvent>(e =>
        {
            e.ToTable("order_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(UpcomingEvent.TitleMaxLength);
            e.Property(x => x.Body).HasMaxLength(UpcomingEvent.BodyMaxLength);
            e.Property(x => x.PostedBy).HasMaxLength(256);
            e.HasIndex(x => x.Date);
            // Not IAccountOwned (tenant-wide events have no account): the same scope, plus everyone's events (staff: no filter).
            if (!ModelSeesAll)
                e.HasQueryFilter(x => x.AccountId == null || ScopeAccountIds.Contains(x.AccountId.Value));
        });
        // After the entities: the base applies the account scope to every IAccountOwned entity it finds.
        base.OnModelCreating(modelBuilder);
    }
}
