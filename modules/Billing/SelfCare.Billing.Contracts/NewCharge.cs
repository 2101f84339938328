namespace SelfCare.Billing.Contracts;

/// <param name="Category">Recurring, Usage, OneTime, Taxes or Fees.</param>
public sealed record NewCharge(
    string Category, string? ServiceId, string Product, decimal Quantity, decimal UnitPrice, decimal Amount,
    DateOnly? PeriodStart, DateOnly? PeriodEnd);
