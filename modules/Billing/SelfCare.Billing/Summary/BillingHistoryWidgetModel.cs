namespace SelfCare.Billing.Summary;

/// <summary>The 12-month chart and its figures; <see cref="Format"/> formats an amount in the ledger's currency.</summary>
public sealed record BillingHistoryWidgetModel(BillingChart Chart, string From, string To, string TotalBilled, string TotalPaid, Func<decimal, string> Format);
