namespace SelfCare.Billing.Payments;

/// <summary>One line of the payment history, on the page and in its downloads.</summary>
internal sealed record PaymentHistoryRow(
    Guid Id, DateOnly Date, string Account, string AccountName, decimal Amount, string Currency, string Method, string Source,
    string Status, decimal? Fee, string? Confirmation);
