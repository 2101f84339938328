using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Data;
using SelfCare.Platform.Email;

namespace SelfCare.Host.Identity;

/// <summary>The platform's tables in each tenant database: users, roles, account links, branding.</summary>
internal sealed class TenantPlatformDbContext(DbContextOptions<TenantPlatformDbContext> options)
    : IdentityDbContext<PortalUser, IdentityRole, string>(options)
{
    public static readonly SchemaDescriptor Schema =
        new("platform", typeof(TenantPlatformDbContext), typeof(TenantPlatformDbContext).Assembly, "Identity/Migrations");

    public DbSet<UserAccountLink> AccountLinks => Set<UserAccountLink>();
    public DbSet<BrandingOverride> Branding => Set<BrandingOverride>();
    public DbSet<OnboardingRequest> OnboardingRequests => Set<OnboardingRequest>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // The tenant-welcome email commits with the first admin it welcomes (the email schema owns the table).
        builder.MapEmailOutbox();
        builder.Entity<PortalUser>(u =>
        {
            u.Property(x => x.DisplayName).HasMaxLength(200);
            u.Property(x => x.Fax).HasMaxLength(40);
            u.Property(x => x.ExternalId).HasMaxLength(100);
            u.HasIndex(x => x.ExternalId).IsUnique();
        });
        builder.Entity<UserAccessCode>(c =>
        {
            c.ToTable("user_access_codes");
            c.HasKey(x => x.Id);
            c.Property(x => x.UserId).HasMaxLength(450);
            c.Property(x => x.Purpose).HasMaxLength(20);
            c.Property(x => x.CodeHash).HasMaxLength(64);
            c.HasIndex(x => x.UserId);
        });
        builder.Entity<SecurityEvent>(e =>
        {
            e.ToTable("security_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasMaxLength(40);
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.Email).HasMaxLength(256);
            e.Property(x => x.Actor).HasMaxLength(256);
            e.Property(x => x.Detail).HasMaxLength(300);
            e.Property(x => x.IpAddress).HasMaxLength(64);
            e.HasIndex(x => x.At);
            e.HasIndex(x => new { x.UserId, x.At });
        });
        builder.Entity<UserAccountLink>(l =>
        {
            l.ToTable("user_account_links");
            l.HasKey(x => new { x.UserId, x.AccountId });
            l.Property(x => x.UserId).HasMaxLength(450);
        });
        builder.Entity<OnboardingRequest>(r =>
        {
            r.ToTable("onboarding_requests");
            r.HasKey(x => x.Id);
            r.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.AccountNumber).HasMaxLength(40);
            r.Property(x => x.Name).HasMaxLength(200);
            r.Property(x => x.Email).HasMaxLength(256);
            r.Property(x => x.Phone).HasMaxLength(40);
            r.Property(x => x.Company).HasMaxLength(200);
            r.Property(x => x.Message).HasMaxLength(1000);
            r.Property(x => x.DecidedBy).HasMaxLength(256);
            r.Property(x => x.IpAddress).HasMaxLength(64);
            r.HasIndex(x => new { x.Kind, x.Status, x.CreatedAt });
            r.HasIndex(x => new { x.IpAddress, x.CreatedAt });
            r.HasIndex(x => new { x.Email, x.CreatedAt });
        });
        builder.Entity<OnboardingSetting>(o =>
        {
            o.ToTable("onboarding_settings");
            o.HasKey(x => x.Id);
            o.Property(x => x.Id).ValueGeneratedNever();
            o.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
        });
        builder.Entity<AccountOptions>(o =>
        {
            o.ToTable("account_options");
            o.HasKey(x => x.AccountId);
            o.Property(x => x.BillDelivery).HasConversion<string>().HasMaxLength(20);
            o.Property(x => x.BillingEmail).HasMaxLength(256);
            o.Property(x => x.UpdatedBy).HasMaxLength(256);
        });
        builder.Entity<AccountOptionsPolicy>(o =>
        {
            o.ToTable("account_options_policy");
            o.HasKey(x => x.Id);
            o.Property(x => x.Id).ValueGeneratedNever();
        });
        builder.Entity<BrandingOverride>(b =>
        {
            b.ToTable("branding");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Title).HasMaxLength(100);
            b.Property(x => x.PrimaryColor).HasMaxLength(7);
            b.Property(x => x.AccentColor).HasMaxLength(7);
            b.Property(x => x.Footer).HasMaxLength(500);
            b.Property(x => x.SupportPhone).HasMaxLength(40);
            b.Property(x => x.SupportEmail).HasMaxLength(256);
            b.Property(x => x.SupportHours).HasMaxLength(200);
            b.Property(x => x.LogoFile).HasMaxLength(100);
        });
    }
}
