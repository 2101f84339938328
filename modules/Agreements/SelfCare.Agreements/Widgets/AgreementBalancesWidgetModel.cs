namespace SelfCare.Agreements.Widgets;

internal sealed record AgreementBalancesWidgetModel(IReadOnlyList<AgreementBalanceRow> Agreements, IReadOnlyList<UsageMonth> Months);
