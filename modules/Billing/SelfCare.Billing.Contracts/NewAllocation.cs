namespace SelfCare.Billing.Contracts;

public sealed record NewAllocation(string InvoiceNumber, decimal Amount);
