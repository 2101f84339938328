namespace SelfCare.Billing.Api;

/// <summary>An invoice as version 1 of the integration API shows it; amount, balance and status are derived.</summary>
internal sealed record InvoiceV1(
    Guid Id, string? ExternalId, string Number, Guid AccountId, string? AccountExternalId, string? AccountNumber,
    DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly IssueDate, DateOnly DueDate, string Currency, decimal Amount, decimal Balance,
    string Status, IReadOnlyList<InvoiceChargeV1>? Charges);
