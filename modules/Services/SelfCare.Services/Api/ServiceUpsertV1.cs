namespace SelfCare.Services.Api;

/// <summary>
/// Body of <c>PUT /api/v1/services/{externalId}</c>: the whole service with its products (the product list replaces
/// the stored one; status defaults to Active). The account is named by <c>accountExternalId</c> or <c>accountNumber</c>.
/// </summary>
internal sealed class ServiceUpsertV1
{
    public string? ServiceId { get; set; }
    public string? AccountExternalId { get; set; }
    public string? AccountNumber { get; set; }
    public string? Location { get; set; }
    public string? Description { get; set; }

    /// <summary>Active, Denied, Disconnected or Pending.</summary>
    public string? Status { get; set; }

    public List<ServiceProductUpsertV1>? Products { get; set; }
}
