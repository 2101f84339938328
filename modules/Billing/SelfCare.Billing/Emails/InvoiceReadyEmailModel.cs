namespace SelfCare.Billing.Emails;

/// <summary>The model of the "invoice-ready" email to an account's billing contacts.</summary>
public sealed record InvoiceReadyEmailModel(
    string ContactName, string AccountNumber, string AccountName, string InvoiceNumber, string BillingPeriod, string IssueDate,
    string DueDate, string AmountDue, string InvoiceUrl);
