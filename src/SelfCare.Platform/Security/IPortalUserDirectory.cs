namespace SelfCare.Platform.Security;

/// <summary>The tenant's portal users for other modules (a report schedule's user recipients); active users only.</summary>
public interface IPortalUserDirectory
{
    /// <summary>Active customer users linked to any of <paramref name="accountIds"/> that the caller's scope sees, by name.</summary>
    Task<IReadOnlyList<PortalUserEntry>> ActiveUsersOfAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken);

    /// <summary>Active staff and tenant admins, by name.</summary>
    Task<IReadOnlyList<PortalUserEntry>> ActiveStaffAsync(CancellationToken cancellationToken);

    /// <summary>The active users among <paramref name="userIds"/> with their current email (deactivated and unknown ids are left out), ignoring the scope.</summary>
    Task<IReadOnlyDictionary<string, PortalUserEntry>> FindActiveAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken);
}
