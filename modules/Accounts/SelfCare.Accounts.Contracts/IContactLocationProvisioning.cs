namespace SelfCare.Accounts.Contracts;

/// <summary>Creates contacts and locations ignoring the caller's scope; for demo seeding, imports and the integration API.</summary>
public interface IContactLocationProvisioning
{
    Task<Guid> AddContactAsync(NewContact contact, CancellationToken cancellationToken);

    Task<Guid> AddLocationAsync(NewLocation location, CancellationToken cancellationToken);
}
