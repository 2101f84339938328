namespace SelfCare.Accounts.Api;

/// <summary>
/// Body of <c>PUT /api/v1/accounts/{externalId}</c>: the whole account (fields left out become empty; status
/// defaults to Active). Every property is nullable so that a missing value is a field message, not a parse error.
/// </summary>
internal sealed class AccountUpsertV1
{
    public string? Number { get; set; }
    public string? Name { get; set; }
    public string? ParentExternalId { get; set; }
    public string? City { get; set; }
    public string? Region { get; set; }

    /// <summary>Active, Suspended or Closed.</summary>
    public string? Status { get; set; }
}
