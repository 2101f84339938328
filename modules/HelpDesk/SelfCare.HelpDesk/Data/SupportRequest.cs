using SelfCare.Platform.Data;

namespace SelfCare.HelpDesk.Data;

/// <summary>
/// HelpDesk's row for one ticket (any ticket opened while the module is on): its tier, whether it was classified automatically,
/// due times, and the Help Desk / Professional Services details. The ticket itself stays in Tickets (reached by contract).
/// </summary>
internal sealed class SupportRequest : IAccountOwned
{
    public const int TextMaxLength = 2000;

    public Guid TicketId { get; set; }
    public long Number { get; set; }
    public Guid AccountId { get; set; }
    public SupportTier Tier { get; set; }

    /// <summary>True when the calendar chose the tier (outside hours, or a ticket opened without choosing one).</summary>
    public bool Automatic { get; set; }
    public bool OutsideHours { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset ResponseDueAt { get; set; }
    public DateTimeOffset ResolutionDueAt { get; set; }

    /// <summary>Set when the ticket is resolved or closed (it leaves the queue and the targets page).</summary>
    public DateTimeOffset? DoneAt { get; set; }
    public string? RepresentativeName { get; set; }
    public string? RepresentativeEmail { get; set; }
    public string? WorkWanted { get; set; }
    public string? WantedBy { get; set; }
    public string? PreferredTechnician { get; set; }
    public DateOnly? PreferredDate { get; set; }
    public string? PreferredWindow { get; set; }
    public decimal? HoursCap { get; set; }
    public DateTimeOffset? ScheduledAt { get; set; }
    public string? ScheduledTechnician { get; set; }
    public DateTimeOffset? RedirectedAt { get; set; }
    public string? RedirectedBy { get; set; }

    /// <summary>
    /// Every emergency is flagged "contact for payment" for now: whether an agreement covers it (retainer hours, Master Services
    /// Agreement) is for the Agreements module to decide later through a contract.
    /// </summary>
    public bool ContactForPayment { get; set; }
}
