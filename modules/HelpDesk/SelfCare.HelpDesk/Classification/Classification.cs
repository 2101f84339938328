using SelfCare.HelpDesk.Data;

namespace SelfCare.HelpDesk.Classification;

/// <summary>A request's tier and due times as the calendar decided them.</summary>
internal sealed record Classification(SupportTier Tier, bool Automatic, bool OutsideHours, DateTimeOffset ResponseDueAt, DateTimeOffset ResolutionDueAt);
