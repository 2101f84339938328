using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Data;
using SelfCare.Platform.Security;

namespace SelfCare.Accounts.Data;

internal sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options, IAccountScope scope)
    : ModuleDbContext(options, scope)
{
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<AccountRename> Renames => Set<AccountRename>();
    public DbSet<RenameRequest> RenameRequests => Set<RenameRequest>();
    public DbSet<AccountGroup> Groups => Set<AccountGroup>();
    public DbSet<AccountGroupMember> GroupMembers => Set<AccountGroupMember>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.MapRenames();
        modelBuilder.MapHierarchy();
        modelBuilder.Entity<Account>(a =>
        {
            a.ToTable("accounts");
            a.HasKey(x => x.Id);
            a.Property(x => x.Number).HasMaxLength(40);
            a.Property(x => x.Name).HasMaxLength(200);
            a.Property(x => x.City).HasMaxLength(100);
            a.Property(x => x.Region).HasMaxLength(100);
            a.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            a.HasIndex(x => x.Number).IsUnique();
            a.Property(x => x.ExternalId).HasMaxLength(100);
            a.HasIndex(x => x.ExternalId).IsUnique();
            a.HasIndex(x => x.ParentId);
            // An account is its own scope key: customers see the accounts in their hierarchy only (staff: no filter).
            if (!ModelSeesAll)
                a.HasQueryFilter(x => ScopeAccountIds.Contains(x.Id));
        });
        ContactsLocationsModel.Configure(modelBuilder);
    }
}
