namespace SelfCare.Tickets.Api;

/// <summary>A journal entry as the API shows it. API keys act for the tenant's staff, so internal notes are included (kind "note").</summary>
internal sealed record JournalEntryV1(
    int Sequence, string? ExternalId, string Kind, string? Text, string? FromStatus, string? ToStatus, string? FileName, string Author,
    bool ByCustomer, DateTimeOffset At);
