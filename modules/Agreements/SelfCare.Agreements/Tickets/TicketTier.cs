using SelfCare.Agreements.Data;

namespace SelfCare.Agreements.Tickets;

internal sealed record TicketTier(SupportTier Tier, bool OutsideHours);
