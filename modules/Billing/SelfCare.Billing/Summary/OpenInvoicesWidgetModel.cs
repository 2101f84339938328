namespace SelfCare.Billing.Summary;

/// <summary>The first open invoices by due date, how many there are and what they owe together.</summary>
public sealed record OpenInvoicesWidgetModel(int Total, string TotalBalance, IReadOnlyList<OpenInvoiceRow> First);
