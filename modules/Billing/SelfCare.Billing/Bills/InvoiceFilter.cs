using SelfCare.Billing.Ledger;

namespace SelfCare.Billing.Bills;

/// <summary>The bills list's filters: account (with its children), derived status, issue-date range, number search.</summary>
internal sealed record InvoiceFilter(Guid? Account, InvoiceStatus? Status, DateOnly? From, DateOnly? To, string? Search);
