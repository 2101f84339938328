using Microsoft.EntityFrameworkCore;

namespace SelfCare.Platform.Email;

/// <summary>
/// Maps <see cref="OutboxMessage"/> onto the tenant's <c>email_outbox</c> table. Every module DbContext maps it
/// (excluded from its migrations: the platform's "email" schema creates the table), so a module adds a
/// message to its own context and one SaveChanges commits both.
/// </summary>
public static class EmailOutboxMapping
{
    public const string Table = "email_outbox";

    public static ModelBuilder MapEmailOutbox(this ModelBuilder modelBuilder, bool ownsTable = false)
    {
        modelBuilder.Entity<OutboxMessage>(m =>
        {
            m.ToTable(Table, t =>
            {
                if (!ownsTable)
                    t.ExcludeFromMigrations();
            });
            m.HasKey(x => x.Id);
            m.Property(x => x.Id).ValueGeneratedNever();
            m.Property(x => x.MessageId).HasMaxLength(200);
            m.Property(x => x.Template).HasMaxLength(100);
            m.Property(x => x.ToAddress).HasMaxLength(320);
            m.Property(x => x.ToName).HasMaxLength(200);
            m.Property(x => x.Subject).HasMaxLength(1000);
            m.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            m.Property(x => x.LeaseToken).HasMaxLength(40);
            m.Property(x => x.LastError).HasMaxLength(2000);
            m.HasIndex(x => new { x.Status, x.NextAttemptAt });
            m.HasIndex(x => x.CreatedAt);
        });
        return modelBuilder;
    }
}
