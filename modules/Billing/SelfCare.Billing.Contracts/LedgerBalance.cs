namespace SelfCare.Billing.Contracts;

/// <summary>An account's totals: <paramref name="Balance"/> = invoiced − paid − credits + debits.</summary>
public sealed record LedgerBalance(Guid AccountId, decimal Invoiced, decimal Paid, decimal Credits, decimal Debits, decimal Balance);
