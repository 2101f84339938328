namespace SelfCare.Tickets.Api;

/// <summary>One journal entry of <c>PUT /api/v1/tickets/{externalId}/journal</c>: kind "message" (emailed to the contact) or "note" (internal).</summary>
internal sealed class JournalEntryUpsertV1
{
    public string? ExternalId { get; set; }
    public string? Kind { get; set; }
    public string? Text { get; set; }

    /// <summary>Who wrote it (defaults to the API key).</summary>
    public string? By { get; set; }
}
