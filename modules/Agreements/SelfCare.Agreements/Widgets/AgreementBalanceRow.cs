namespace SelfCare.Agreements.Widgets;

internal sealed record AgreementBalanceRow(Guid Id, string Number, string Title, int BalanceMinutes, DateOnly? NextExpiry);
