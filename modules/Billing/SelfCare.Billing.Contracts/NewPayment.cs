namespace SelfCare.Billing.Contracts;

/// <summary>A payment recorded by the billing system; a negative amount is a refund.</summary>
public sealed record NewPayment(
    Guid AccountId, decimal Amount, string Currency, DateOnly Date, string Method, IReadOnlyList<NewAllocation> Allocations,
    string? ExternalId = null);
