namespace SelfCare.Agreements.Api;

/// <summary>
/// Body of <c>PUT /api/v1/time-entries/{externalId}</c>: time worked on a ticket (by number), drawn once from the agreement
/// (by external id or number; none: billable). Ledger entries are append-only: a logged entry's hours cannot be changed.
/// </summary>
internal sealed class TimeEntryUpsertV1
{
    public long? TicketNumber { get; set; }
    public string? AgreementExternalId { get; set; }
    public string? AgreementNumber { get; set; }

    /// <summary>Emergency, HelpDesk or ProfessionalServices.</summary>
    public string? Tier { get; set; }
    public decimal? Hours { get; set; }
    public bool? AfterHours { get; set; }
    public string? By { get; set; }
    public string? Note { get; set; }
}
