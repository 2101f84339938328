namespace SelfCare.Accounts.Contracts;

/// <summary>
/// Options and Settings' billing contacts: an account's active billing contacts, added, edited and removed within the
/// caller's account scope (an account or contact outside it is "not found": null or false).
/// </summary>
public interface IBillingContactBook
{
    Task<IReadOnlyList<BillingContactEntry>> ListAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>The contact's id; an existing contact of the account with that email becomes a billing contact instead.</summary>
    Task<Guid?> AddAsync(Guid accountId, BillingContactInput contact, CancellationToken cancellationToken);

    Task<bool> UpdateAsync(Guid contactId, BillingContactInput contact, CancellationToken cancellationToken);

    /// <summary>No longer a billing contact; the person stays among the account's contacts.</summary>
    Task<bool> RemoveAsync(Guid contactId, CancellationToken cancellationToken);
}
