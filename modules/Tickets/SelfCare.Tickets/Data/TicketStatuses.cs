namespace SelfCare.Tickets.Data;

/// <summary>Names and allowed moves of the status workflow.</summary>
internal static class TicketStatuses
{
    public static readonly TicketStatus[] Active = [TicketStatus.New, TicketStatus.Open, TicketStatus.WaitingOnClient];

    public static string Label(TicketStatus status) => status switch
    {
        TicketStatus.WaitingOnClient => "Waiting on client",
        _ => status.ToString(),
    };

    public static string Label(TicketCategory category) => category == TicketCategory.ServiceRequest ? "Service request" : category.ToString();

    /// <summary>Parses a status by name ("WaitingOnClient", case-insensitive); null when unknown.</summary>
    public static TicketStatus? Parse(string? value) =>
        Enum.TryParse<TicketStatus>(value?.Replace(" ", ""), true, out var s) && Enum.IsDefined(s) ? s : null;

    public static TicketCategory? ParseCategory(string? value) =>
        Enum.TryParse<TicketCategory>(value?.Replace(" ", ""), true, out var c) && Enum.IsDefined(c) ? c : null;

    public static TicketPriority? ParsePriority(string? value) =>
        Enum.TryParse<TicketPriority>(value, true, out var p) && Enum.IsDefined(p) ? p : null;

    /// <summary>Where staff may move a ticket from <paramref name="from"/> (a closed ticket may only be reopened).</summary>
    public static IReadOnlyList<TicketStatus> NextFor(TicketStatus from) => from switch
    {
        TicketStatus.Closed => [TicketStatus.Open],
        TicketStatus.Resolved => [TicketStatus.Open, TicketStatus.Closed],
        _ => [.. Enum.GetValues<TicketStatus>().Where(s => s != from && s != TicketStatus.New)],
    };
}
