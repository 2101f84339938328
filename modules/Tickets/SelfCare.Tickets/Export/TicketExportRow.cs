namespace SelfCare.Tickets.Export;

/// <summary>One line of the tickets download: the list's columns, shaped for readers (no ids, no journal, so no internal notes).</summary>
internal sealed record TicketExportRow(
    long Number, string Account, string AccountName, string Subject, string? RelatedTo, string Category, string Priority, string Status,
    string? AssignedTo, DateTime Created, DateTime Updated);
