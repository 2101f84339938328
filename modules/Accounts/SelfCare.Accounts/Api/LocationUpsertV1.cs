namespace SelfCare.Accounts.Api;

/// <summary>
/// Body of <c>PUT /api/v1/locations/{externalId}</c>: the whole service address (fields left out become empty; country
/// defaults to "United States"). The account is named by <c>accountExternalId</c> or <c>accountNumber</c>.
/// </summary>
internal sealed class LocationUpsertV1
{
    public string? AccountExternalId { get; set; }
    public string? AccountNumber { get; set; }
    public string? Name { get; set; }
    public string? Street1 { get; set; }
    public string? Street2 { get; set; }
    public string? City { get; set; }
    public string? Region { get; set; }
    public string? PostalCode { get; set; }
    public string? Country { get; set; }
}
