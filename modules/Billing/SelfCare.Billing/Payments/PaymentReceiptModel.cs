namespace SelfCare.Billing.Payments;

/// <summary>Model of "payment-receipt": a payment made in the portal. Money is preformatted in the account's currency.</summary>
internal sealed record PaymentReceiptModel(
    string AccountNumber,
    string AccountName,
    string Amount,
    string Fee,
    string Total,
    string Method,
    DateTime PaidAt,
    string Confirmation,
    List<PaymentReceiptLine> Invoices);
