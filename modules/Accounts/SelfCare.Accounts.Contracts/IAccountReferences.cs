namespace SelfCare.Accounts.Contracts;

/// <summary>
/// Resolves the account that an integration API body names (other modules' upserts: services, orders), within the
/// caller's account scope (API keys see every account of their tenant).
/// </summary>
public interface IAccountReferences
{
    /// <summary>The account with this external id when one is given, otherwise the one with this number; null when none is visible.</summary>
    Task<AccountReference?> FindAsync(string? externalId, string? number, CancellationToken cancellationToken);

    /// <summary>The visible accounts among <paramref name="ids"/>.</summary>
    Task<IReadOnlyList<AccountReference>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
