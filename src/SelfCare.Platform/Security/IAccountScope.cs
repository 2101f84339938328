namespace SelfCare.Platform.Security;

/// <summary>
/// Which customer accounts the current user may see. Resolved once per request; fails closed
/// (sees nothing) until resolved. Module DbContexts filter every account-owned row through it.
/// </summary>
public interface IAccountScope
{
    bool SeesAllAccounts { get; }

    /// <summary>The user's own accounts and all their descendants (empty when <see cref="SeesAllAccounts"/>).</summary>
    IReadOnlyList<Guid> AccountIds { get; }

    /// <summary>The accounts the user is linked to directly (the roots of what they see).</summary>
    IReadOnlyList<Guid> RootAccountIds { get; }

    bool CanSee(Guid accountId) => SeesAllAccounts || AccountIds.Contains(accountId);
}
