using SelfCare.Agreements.Data;

namespace SelfCare.Agreements.Time;

/// <summary>Time to log on a ticket (already checked to be visible); <paramref name="AgreementId"/> null: no agreement applies (billable).</summary>
internal sealed record NewTimeEntry(
    Guid TicketId, long TicketNumber, string TicketSubject, Guid AccountId, string? Requester, Guid? AgreementId, SupportTier Tier,
    bool AfterHours, int Minutes, string By, string? Note, string Key, string? ExternalId = null, DateOnly? WorkedOn = null);
