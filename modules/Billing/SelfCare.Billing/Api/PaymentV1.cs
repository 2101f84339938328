namespace SelfCare.Billing.Api;

internal sealed record PaymentV1(
    Guid Id, string? ExternalId, Guid AccountId, string? AccountNumber, decimal Amount, string Currency, DateOnly Date, string Method,
    string Source, string Status, IReadOnlyList<PaymentAllocationV1> Invoices);
