namespace SelfCare.Accounts.Contracts;

/// <summary>Manage Hierarchy's account groups for other modules (a report's "account or group"), within the caller's scope.</summary>
public interface IAccountGroupDirectory
{
    /// <summary>The groups the caller sees (their own accounts' groups; staff: all), by owner number and path.</summary>
    Task<IReadOnlyList<AccountGroupEntry>> GroupsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The accounts placed in the group and its subgroups that the caller sees (an account's children only when they are
    /// placed themselves, as on Manage Hierarchy's totals), or null when the group is unknown or outside the scope.
    /// </summary>
    Task<IReadOnlyList<Guid>?> AccountIdsAsync(Guid groupId, CancellationToken cancellationToken);
}
