using Microsoft.EntityFrameworkCore;

namespace SelfCare.Accounts.Data;

/// <summary>The rename history and rename request tables (migration 0004), kept apart from <see cref="AccountsDbContext"/>'s own mapping.</summary>
internal static class RenameModel
{
    public static ModelBuilder MapRenames(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AccountRename>(r =>
        {
            r.ToTable("account_renames");
            r.HasKey(x => x.Id);
            r.Property(x => x.OldName).HasMaxLength(200);
            r.Property(x => x.NewName).HasMaxLength(200);
            r.Property(x => x.RenamedBy).HasMaxLength(256);
            r.HasIndex(x => x.AccountId);
        });
        modelBuilder.Entity<RenameRequest>(r =>
        {
            r.ToTable("account_rename_requests");
            r.HasKey(x => x.Id);
            r.Property(x => x.RequestedName).HasMaxLength(200);
            r.Property(x => x.Reason).HasMaxLength(1000);
            r.Property(x => x.RequestedBy).HasMaxLength(256);
            r.Property(x => x.DecidedBy).HasMaxLength(256);
            // Two staff deciding the same request at once: the second save finds the status changed and fails.
            r.Property(x => x.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
            r.HasIndex(x => new { x.AccountId, x.Status });
        });
        return modelBuilder;
    }
}
