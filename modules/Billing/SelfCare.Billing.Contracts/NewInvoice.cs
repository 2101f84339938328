namespace SelfCare.Billing.Contracts;

public sealed record NewInvoice(
    string Number, Guid AccountId, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly IssueDate, DateOnly DueDate,
    string Currency, IReadOnlyList<NewCharge> Charges, string? ExternalId = null);
