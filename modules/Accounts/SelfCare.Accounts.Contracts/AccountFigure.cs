namespace SelfCare.Accounts.Contracts;

/// <summary>
/// One figure a module contributes per account. <paramref name="ListPath"/> is the app-relative list page
/// that takes <c>?account={id}</c> to show the rows behind the figure (e.g. "/services"), if there is one.
/// </summary>
public sealed record AccountFigure(string Key, string Label, AccountFigureKind Kind, int Order, string? ListPath);
