namespace SelfCare.Billing.Autopay;

/// <summary>Model of "autopay-failed": the last autopay try for an invoice was declined; the customer must pay it.</summary>
internal sealed record AutopayFailedModel(string AccountNumber, string AccountName, string InvoiceNumber, string Amount, string Method,
    int Attempts, string Reason);
