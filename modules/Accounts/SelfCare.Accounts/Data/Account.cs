namespace SelfCare.Accounts.Data;

internal sealed class Account
{
    public Guid Id { get; set; }

    /// <summary>The id the reseller's own system gives the account (integration API upserts); null for portal-created accounts.</summary>
    public string? ExternalId { get; set; }
    public required string Number { get; set; }
    public required string Name { get; set; }
    public Guid? ParentId { get; set; }
    public string? City { get; set; }
    public string? Region { get; set; }
    public AccountStatus Status { get; set; } = AccountStatus.Active;
    public DateTimeOffset CreatedAt { get; set; }
}
