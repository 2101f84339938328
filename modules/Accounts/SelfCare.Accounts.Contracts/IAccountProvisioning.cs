namespace SelfCare.Accounts.Contracts;

/// <summary>Creates customer accounts; used by demo seeding, imports and (later) the integration API.</summary>
public interface IAccountProvisioning
{
    Task<Guid> CreateAsync(NewAccount account, CancellationToken cancellationToken);
}
