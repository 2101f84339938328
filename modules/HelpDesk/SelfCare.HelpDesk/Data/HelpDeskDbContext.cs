using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Data;
using SelfCare.Platform.Security;

namespace SelfCare.HelpDesk.Data;

internal sealed class HelpDeskDbContext(DbContextOptions<HelpDeskDbContext> options, IAccountScope scope)
    : ModuleDbContext(options, scope)
{
    public DbSet<SupportRequest> Requests => Set<SupportRequest>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<HelpDeskSettings>(s =>
        {
            s.ToTable("helpdesk_settings");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.TimeZone).HasMaxLength(64);
            s.Property(x => x.EmergencyPhone).HasMaxLength(40);
        });
        modelBuilder.Entity<BusinessDay>(d =>
        {
            d.ToTable("business_days");
            d.HasKey(x => x.Day);
            d.Property(x => x.Day).HasConversion<int>().ValueGeneratedNever();
        });
        modelBuilder.Entity<Holiday>(h =>
        {
            h.ToTable("holidays");
            h.HasKey(x => x.Date);
            h.Property(x => x.Name).HasMaxLength(Holiday.NameMaxLength);
        });
        modelBuilder.Entity<SupportRequest>(r =>
        {
            r.ToTable("support_requests");
            r.HasKey(x => x.TicketId);
            r.Property(x => x.Tier).HasConversion<string>().HasMaxLength(30);
            r.Property(x => x.RepresentativeName).HasMaxLength(200);
            r.Property(x => x.RepresentativeEmail).HasMaxLength(256);
            r.Property(x => x.WorkWanted).HasMaxLength(SupportRequest.TextMaxLength);
            r.Property(x => x.WantedBy).HasMaxLength(200);
            r.Property(x => x.PreferredTechnician).HasMaxLength(200);
            r.Property(x => x.PreferredWindow).HasMaxLength(100);
            r.Property(x => x.HoursCap).HasPrecision(6, 2);
            r.Property(x => x.ScheduledTechnician).HasMaxLength(200);
            r.Property(x => x.RedirectedBy).HasMaxLength(256);
            r.HasIndex(x => x.Number).IsUnique();
            // The Help Desk queue (open requests of a tier, first come first served) and the targets page.
            r.HasIndex(x => new { x.Tier, x.DoneAt, x.Number });
            r.HasIndex(x => new { x.AccountId, x.Number });
        });
        base.OnModelCreating(modelBuilder);
    }
}
