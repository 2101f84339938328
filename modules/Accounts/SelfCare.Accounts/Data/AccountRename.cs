using SelfCare.Platform.Data;

namespace SelfCare.Accounts.Data;

/// <summary>One rename of an account: staff are told of renames so their own systems match, so every one is kept.</summary>
internal sealed class AccountRename : IAccountOwned
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public required string OldName { get; set; }
    public required string NewName { get; set; }

    /// <summary>The staff member or tenant admin who renamed (or approved the request), by sign-in name.</summary>
    public required string RenamedBy { get; set; }
    public DateTimeOffset RenamedAt { get; set; }

    /// <summary>The customer's request this rename approved, if any.</summary>
    public Guid? RequestId { get; set; }
}
