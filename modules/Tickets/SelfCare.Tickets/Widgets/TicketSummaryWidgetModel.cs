namespace SelfCare.Tickets.Widgets;

/// <summary>The Summary box: open tickets per status (New, Open, Waiting on client), in the user's scope.</summary>
public sealed record TicketSummaryWidgetModel(IReadOnlyList<KeyValuePair<string, int>> OpenByStatus, int Open);
