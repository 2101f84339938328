namespace SelfCare.Accounts.Contracts;

/// <summary>Account numbers and names for other modules, within the caller's account scope.</summary>
public interface IAccountDirectory
{
    /// <summary>The visible accounts among <paramref name="ids"/> (all visible accounts when null), ordered by number.</summary>
    Task<IReadOnlyList<AccountEntry>> FindAsync(IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken);

    /// <summary>Ids by account number, ignoring the scope; for seeding and imports only.</summary>
    Task<IReadOnlyDictionary<string, Guid>> IdsByNumberAsync(CancellationToken cancellationToken);
}
