namespace SelfCare.Billing.Api;

internal sealed record AdjustmentV1(
    Guid Id, string? ExternalId, Guid AccountId, string? AccountNumber, string Kind, decimal Amount, string Currency, DateOnly Date,
    string Description, string? InvoiceNumber);
