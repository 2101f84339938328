namespace SelfCare.Billing.Contracts;

/// <param name="Credit">True lowers the balance, false (a debit) raises it; <paramref name="Amount"/> is positive.</param>
public sealed record NewAdjustment(
    Guid AccountId, bool Credit, decimal Amount, string Currency, DateOnly Date, string Description, string? InvoiceNumber = null,
    string? ExternalId = null);
