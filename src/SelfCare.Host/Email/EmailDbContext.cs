using Microsoft.EntityFrameworkCore;
using SelfCare.Host.Email.Settings;
using SelfCare.Host.Email.Templates;
using SelfCare.Platform.Data;
using SelfCare.Platform.Email;

namespace SelfCare.Host.Email;

/// <summary>The email tables in each tenant database: the outbox, the tenant's template overrides, its sender settings.</summary>
internal sealed class EmailDbContext(DbContextOptions<EmailDbContext> options) : DbContext(options)
{
    public static readonly SchemaDescriptor Schema =
        new("email", typeof(EmailDbContext), typeof(EmailDbContext).Assembly, "Email/Migrations");

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<EmailTemplateOverride> Templates => Set<EmailTemplateOverride>();
    public DbSet<EmailSettingsRecord> Settings => Set<EmailSettingsRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.MapEmailOutbox(ownsTable: true);
        builder.Entity<EmailTemplateOverride>(t =>
        {
            t.ToTable("email_templates");
            t.HasKey(x => x.Name);
            t.Property(x => x.Name).HasMaxLength(100);
            t.Property(x => x.Subject).HasMaxLength(1000);
            t.Property(x => x.UpdatedBy).HasMaxLength(256);
        });
        builder.Entity<EmailSettingsRecord>(s =>
        {
            s.ToTable("email_settings");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.FromName).HasMaxLength(200);
            s.Property(x => x.FromAddress).HasMaxLength(320);
            s.Property(x => x.ReplyTo).HasMaxLength(320);
            s.Property(x => x.SmtpHost).HasMaxLength(253);
            s.Property(x => x.SmtpUser).HasMaxLength(256);
            s.Property(x => x.SmtpPasswordProtected).HasMaxLength(2000);
        });
    }
}
