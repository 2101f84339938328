using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SelfCare.Host.Email;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Email;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Email;

/// <summary>
/// A tenant database from before attachments (email scripts up to 0001, a message in its outbox) meets the migrator that
/// tenant activation runs at every start: the column is added, the old message reads with no attachments, and a new
/// message keeps its references. On both providers.
/// </summary>
public sealed class OutboxUpgradeTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_existing_tenant_outbox_gets_the_attachments_column_at_activation_and_keeps_its_messages(bool postgres)
    {
        var name = $"outbox_upgrade_{Guid.NewGuid():N}"[..30];
        var file = Path.Combine(Path.GetTempPath(), name + ".db");
        var builder = new DbContextOptionsBuilder<EmailDbContext>();
        if (postgres)
            builder.UseNpgsql(new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = name }.ToString());
        else
            builder.UseSqlite($"Data Source={file}");
        try
        {
            var old = Message(null);
            await using (var db = new EmailDbContext(builder.Options))
            {
                // The database as a tenant from before had it: every script, then 0002 taken back out.
                await SchemaMigrator.MigrateAsync(db, EmailDbContext.Schema, CancellationToken.None);
                db.Outbox.Add(old);
                await db.SaveChangesAsync();
                await db.Database.ExecuteSqlRawAsync("ALTER TABLE email_outbox DROP COLUMN \"AttachmentsJson\"");
                await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__schema_email\" WHERE id = '0002_Attachments'");
            }

            await using (var db = new EmailDbContext(builder.Options))
            {
                await SchemaMigrator.MigrateAsync(db, EmailDbContext.Schema, CancellationToken.None);
                var applied = await db.Database.SqlQueryRaw<string>("SELECT id AS \"Value\" FROM \"__schema_email\"").ToListAsync();
                Assert.Contains("0002_Attachments", applied);
                var kept = await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == old.Id);
                Assert.Equal((old.MessageId, (string?)null), (kept.MessageId, kept.AttachmentsJson));

                var attached = Message("[{\"FileId\":\"5f0c3a9e-8a53-4c4e-9d55-3f6f7b0e2a11\",\"FileName\":\"cdr.csv\",\"ContentType\":\"text/csv\",\"Size\":8}]");
                db.Outbox.Add(attached);
                await db.SaveChangesAsync();
                Assert.Equal(attached.AttachmentsJson, (await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == attached.Id)).AttachmentsJson);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static OutboxMessage Message(string? attachments)
    {
        var id = Guid.NewGuid();
        var now = DateTime.UtcNow;
        return new OutboxMessage
        {
            Id = id, MessageId = $"<{id:N}@selfcare.test>", Template = "test-message", ToAddress = "ops@derbycity.example", Subject = "Old",
            HtmlBody = "<p>Old</p>", TextBody = "Old", CreatedAt = now, NextAttemptAt = now, AttachmentsJson = attachments,
        };
    }
}
