namespace SelfCare.Accounts.Api;

/// <summary>
/// Body of <c>PUT /api/v1/contacts/{externalId}</c>: the whole contact (fields left out become empty; billing and
/// technical default to false, active to true). The account is named by <c>accountExternalId</c> or <c>accountNumber</c>.
/// </summary>
internal sealed class ContactUpsertV1
{
    public string? AccountExternalId { get; set; }
    public string? AccountNumber { get; set; }
    public string? Name { get; set; }
    public string? Role { get; set; }
    public string? Email { get; set; }
    public string? OfficePhone { get; set; }
    public string? MobilePhone { get; set; }
    public bool? Billing { get; set; }
    public bool? Technical { get; set; }
    public bool? Active { get; set; }
}
