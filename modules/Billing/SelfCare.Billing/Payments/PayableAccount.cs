namespace SelfCare.Billing.Payments;

/// <summary>What one account owes: its balance, currency and open invoices oldest due first.</summary>
internal sealed record PayableAccount(Guid Id, string Number, string Name, string Currency, decimal Balance, IReadOnlyList<PayableInvoice> OpenInvoices);
