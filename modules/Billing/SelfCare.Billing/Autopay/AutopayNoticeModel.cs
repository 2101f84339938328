namespace SelfCare.Billing.Autopay;

/// <summary>Model of "autopay-notice": an upcoming autopay charge. Money and dates preformatted.</summary>
internal sealed record AutopayNoticeModel(string AccountNumber, string AccountName, string InvoiceNumber, string Amount, string ChargeDate, string Method);
