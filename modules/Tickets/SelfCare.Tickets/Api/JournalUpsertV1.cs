namespace SelfCare.Tickets.Api;

/// <summary>Body of <c>PUT /api/v1/tickets/{externalId}/journal</c>: entries added in order, each once per external id.</summary>
internal sealed class JournalUpsertV1
{
    public List<JournalEntryUpsertV1?>? Entries { get; set; }
}
