namespace SelfCare.Accounts.Contracts;

/// <summary>Creates Manage Hierarchy groups outside a request (demo seeding, imports); trusted callers only, no scope check.</summary>
public interface IAccountGroupProvisioning
{
    Task<Guid> CreateGroupAsync(NewAccountGroup group, CancellationToken cancellationToken);
}
