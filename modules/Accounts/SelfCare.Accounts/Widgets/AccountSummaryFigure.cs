namespace SelfCare.Accounts.Widgets;

/// <summary>One module's figure summed over the user's scope, formatted, with the list it comes from.</summary>
public sealed record AccountSummaryFigure(string Key, string Label, string Value, string? ListPath);
