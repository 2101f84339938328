namespace SelfCare.Billing.Summary;

/// <summary>The "Bill Summary" box, amounts already formatted in the ledger's currency.</summary>
public sealed record BillSummaryWidgetModel(string AmountDue, string Balance, string PastDue, bool HasPastDue, DateOnly? NextDueDate,
    string Autopay, int OpenInvoices);
