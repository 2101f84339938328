using SelfCare.HelpDesk.Calendar;
using SelfCare.HelpDesk.Data;

namespace SelfCare.HelpDesk.Classification;

/// <summary>
/// Seed 001: an issue opened in the evening, at the weekend or on a holiday is Emergency; in business hours the client's choice
/// stands (Emergency stays allowed for business-stopping issues) and a ticket opened without a choice is Help Desk.
/// Emergency targets run on the 24x7 clock, the others on business hours.
/// </summary>
internal static class TierClassifier
{
    public static Classification Classify(BusinessCalendar calendar, HelpDeskSettings targets, DateTimeOffset openedAt, SupportTier? chosen)
    {
        var open = calendar.IsOpen(openedAt);
        var tier = open ? chosen ?? SupportTier.HelpDesk : SupportTier.Emergency;
        var (response, resolution) = targets.Targets(tier);
        return new Classification(tier, !open || chosen is null, !open, Due(calendar, tier, openedAt, response), Due(calendar, tier, openedAt, resolution));
    }

    public static DateTimeOffset Due(BusinessCalendar calendar, SupportTier tier, DateTimeOffset from, int hours) =>
        tier == SupportTier.Emergency ? from.ToUniversalTime().AddHours(hours) : calendar.AddBusinessTime(from, TimeSpan.FromHours(hours));
}
