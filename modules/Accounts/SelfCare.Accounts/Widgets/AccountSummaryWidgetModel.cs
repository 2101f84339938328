namespace SelfCare.Accounts.Widgets;

public sealed record AccountSummaryWidgetModel(int Accounts, int ActiveAccounts, int Locations, IReadOnlyList<AccountSummaryFigure> Figures);
