namespace SelfCare.Billing.Summary;

public sealed record OpenInvoiceRow(Guid Id, string Number, string Account, DateOnly DueDate, string Balance, string Status, bool PastDue);
