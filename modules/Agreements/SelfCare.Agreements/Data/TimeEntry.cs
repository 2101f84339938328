using SelfCare.Platform.Data;

namespace SelfCare.Agreements.Data;

/// <summary>
/// Time staff logged on a ticket: drawn from the agreement's buckets (its <see cref="LedgerEntry"/> Draw rows) and, for what no
/// bucket covered, <see cref="BillableMinutes"/> at <see cref="Rate"/>; without a rate the client is contacted for payment.
/// </summary>
internal sealed class TimeEntry : IAccountOwned
{
    public const int NoteMaxLength = 1000;
    public const int KeyMaxLength = 150;

    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public Guid? AgreementId { get; set; }
    public Guid TicketId { get; set; }
    public long TicketNumber { get; set; }
    public string TicketSubject { get; set; } = "";
    public string? Requester { get; set; }
    public SupportTier Tier { get; set; }
    public bool AfterHours { get; set; }
    public int Minutes { get; set; }
    public int BillableMinutes { get; set; }
    public decimal? Rate { get; set; }
    public DateOnly WorkedOn { get; set; }
    public DateTimeOffset LoggedAt { get; set; }
    public string By { get; set; } = "";
    public string? Note { get; set; }

    /// <summary>Idempotency key: the form's one-time key or "api:" + the external id; a retry finds the entry instead of drawing twice.</summary>
    public string Key { get; set; } = "";
    public string? ExternalId { get; set; }

    public bool ContactForPayment => BillableMinutes > 0 && Rate is null;
}
