namespace SelfCare.Tickets.Api;

/// <summary>A ticket as version 1 of the integration API shows it (the journal only on single-ticket answers).</summary>
internal sealed record TicketV1(
    Guid Id, string? ExternalId, long Number, Guid AccountId, string? AccountExternalId, string? AccountNumber, string Category, string Priority,
    string Status, string Subject, string Description, string? AboutKind, string? AboutTitle, string? AssignedTo, string? ContactEmail,
    string? ContactName, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<JournalEntryV1>? Journal);
