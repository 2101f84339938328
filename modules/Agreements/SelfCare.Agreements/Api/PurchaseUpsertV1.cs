namespace SelfCare.Agreements.Api;

/// <summary>Body of <c>PUT /api/v1/agreement-purchases/{externalId}</c>: a paid block of hours; credited once.</summary>
internal sealed class PurchaseUpsertV1
{
    public string? AgreementExternalId { get; set; }
    public decimal? Hours { get; set; }
    public decimal? Amount { get; set; }
    public DateOnly? PurchasedOn { get; set; }
}
