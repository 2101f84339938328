namespace SelfCare.Billing.Summary;

public sealed record AccountBalanceRow(Guid AccountId, string Number, string Name, string Balance, string PastDue, bool HasPastDue);
