namespace SelfCare.Services.Widgets;

/// <summary>Services in the user's scope: the total and one count per status (all statuses, zeros included).</summary>
public sealed record ServiceSummaryWidgetModel(int Total, IReadOnlyList<KeyValuePair<string, int>> ByStatus);
