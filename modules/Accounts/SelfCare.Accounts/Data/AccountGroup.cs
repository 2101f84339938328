using SelfCare.Platform.Data;

namespace SelfCare.Accounts.Data;

/// <summary>
/// A named group of a customer's accounts on the Manage Hierarchy page (e.g. a state or region), possibly inside
/// another group. <see cref="AccountId"/> is the owning account (the customer's root), so the account scope decides
/// who sees the group: the owner's admins and everyone above them, never an admin of a child account.
/// </summary>
internal sealed class AccountGroup : IAccountOwned
{
    public const int NameMaxLength = 100;

    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public required string Name { get; set; }
    public Guid? ParentGroupId { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
