using Microsoft.EntityFrameworkCore;

namespace SelfCare.Accounts.Data;

/// <summary>Table mapping of Manage Hierarchy's groups and their accounts (migration 0005).</summary>
internal static class HierarchyModel
{
    public static ModelBuilder MapHierarchy(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AccountGroup>(g =>
        {
            g.ToTable("account_groups");
            g.HasKey(x => x.Id);
            g.Property(x => x.Name).HasMaxLength(AccountGroup.NameMaxLength);
            g.Property(x => x.CreatedBy).HasMaxLength(256);
            g.HasIndex(x => x.AccountId);
        });
        modelBuilder.Entity<AccountGroupMember>(m =>
        {
            m.ToTable("account_group_members");
            m.HasKey(x => new { x.AccountId, x.MemberAccountId });
            m.HasIndex(x => x.GroupId);
        });
        return modelBuilder;
    }
}
