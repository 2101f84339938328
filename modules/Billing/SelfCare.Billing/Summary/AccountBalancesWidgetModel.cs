namespace SelfCare.Billing.Summary;

/// <summary>Each account's own balance and past due amount, by account number; <see cref="Total"/> accounts in all.</summary>
public sealed record AccountBalancesWidgetModel(int Total, IReadOnlyList<AccountBalanceRow> First);
