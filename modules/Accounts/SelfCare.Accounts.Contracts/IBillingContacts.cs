namespace SelfCare.Accounts.Contracts;

/// <summary>Who receives an account's bills and receipts: its active billing contacts with an email, within the caller's scope.</summary>
public interface IBillingContacts
{
    Task<IReadOnlyList<BillingContact>> ForAccountAsync(Guid accountId, CancellationToken cancellationToken);
}
