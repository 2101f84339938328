namespace SelfCare.HelpDesk;

/// <summary>
/// A provisioned ticket's help-desk row. <paramref name="Tier"/>: Emergency, HelpDesk, ProfessionalServices or null (automatic);
/// <paramref name="Redirected"/>: staff ruled the emergency does not meet the definition (the journal message is the caller's).
/// </summary>
public sealed record HelpDeskTicket(
    Guid TicketId, long Number, Guid AccountId, DateTimeOffset OpenedAt, string? Tier, string? Representative, string? RepresentativeEmail,
    string? WorkWanted = null, string? PreferredTechnician = null, decimal? HoursCap = null, DateTimeOffset? ScheduledAt = null,
    bool Redirected = false, bool Done = false);
