namespace SelfCare.Accounts.Contracts;

/// <summary>Service locations for other modules (Services, Orders), within the caller's account scope.</summary>
public interface ILocationDirectory
{
    /// <summary>The visible locations of <paramref name="accountId"/> (of all visible accounts when null), ordered by name.</summary>
    Task<IReadOnlyList<LocationEntry>> ForAccountAsync(Guid? accountId, CancellationToken cancellationToken);

    /// <summary>One location, or null when it does not exist or lies outside the caller's scope.</summary>
    Task<LocationEntry?> FindAsync(Guid id, CancellationToken cancellationToken);
}
