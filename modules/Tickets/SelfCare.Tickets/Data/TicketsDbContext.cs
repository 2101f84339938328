using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Data;
using SelfCare.Platform.Security;

namespace SelfCare.Tickets.Data;

internal sealed class TicketsDbContext(DbContextOptions<TicketsDbContext> options, IAccountScope scope)
    : ModuleDbContext(options, scope)
{
    public DbSet<Ticket> Tickets => Set<Ticket>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Ticket>(t =>
        {
            t.ToTable("tickets");
            t.HasKey(x => x.Id);
            t.Property(x => x.ExternalId).HasMaxLength(100);
            t.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.Priority).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.Subject).HasMaxLength(Ticket.SubjectMaxLength);
            t.Property(x => x.Description).HasMaxLength(Ticket.DescriptionMaxLength);
            t.Property(x => x.AboutKind).HasMaxLength(20);
            t.Property(x => x.AboutTitle).HasMaxLength(300);
            t.Property(x => x.AssignedTo).HasMaxLength(256);
            t.Property(x => x.ContactEmail).HasMaxLength(256);
            t.Property(x => x.ContactName).HasMaxLength(200);
            t.Property(x => x.CreatedBy).HasMaxLength(256);
            t.HasIndex(x => x.Number).IsUnique();
            t.HasIndex(x => x.ExternalId).IsUnique();
            // The customer list (scope = account ids, newest first) and the staff queue (status, unassigned first, oldest first).
            t.HasIndex(x => new { x.AccountId, x.Number });
            t.HasIndex(x => new { x.Status, x.AssignedTo, x.Number });
            t.HasIndex(x => new { x.Status, x.AccountId, x.Number });
            t.HasIndex(x => new { x.AboutKind, x.AboutId });
            t.HasMany(x => x.Journal).WithOne().HasForeignKey(j => j.TicketRowId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TicketJournalEntry>(j =>
        {
            j.ToTable("ticket_journal");
            j.HasKey(x => x.Id);
            j.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            j.Property(x => x.FromStatus).HasConversion<string>().HasMaxLength(20);
            j.Property(x => x.ToStatus).HasConversion<string>().HasMaxLength(20);
            j.Property(x => x.Text).HasMaxLength(TicketJournalEntry.TextMaxLength);
            j.Property(x => x.FileName).HasMaxLength(260);
            j.Property(x => x.Author).HasMaxLength(256);
            j.Property(x => x.IdempotencyKey).HasMaxLength(150);
            j.Property(x => x.ExternalId).HasMaxLength(100);
            j.HasIndex(x => new { x.TicketRowId, x.Sequence }).IsUnique();
            j.HasIndex(x => x.IdempotencyKey).IsUnique();
            j.HasIndex(x => new { x.TicketRowId, x.ExternalId }).IsUnique();
        });
        // After the entities: the base applies the account scope to every IAccountOwned entity it finds.
        base.OnModelCreating(modelBuilder);
    }
}
