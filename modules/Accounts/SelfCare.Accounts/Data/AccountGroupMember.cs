using SelfCare.Platform.Data;

namespace SelfCare.Accounts.Data;

/// <summary>
/// An account placed in one of an owner's groups; at most one group per owner (the primary key). Scoped by the owner
/// (<see cref="AccountId"/>) like the groups, not by the member, so a child account's admin never sees the parent's grouping.
/// </summary>
internal sealed class AccountGroupMember : IAccountOwned
{
    /// <summary>The owning account (the same as the group's).</summary>
    public Guid AccountId { get; set; }
    public Guid MemberAccountId { get; set; }
    public Guid GroupId { get; set; }
}
