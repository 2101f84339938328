namespace SelfCare.Billing.Summary;

/// <summary>One calendar month of the user's scope: invoices issued (billed) and payments received in it.</summary>
public sealed record MonthTotals(DateOnly Month, decimal Billed, decimal Paid);
