using SelfCare.HelpDesk.Calendar;
using SelfCare.HelpDesk.Classification;
using SelfCare.HelpDesk.Data;

namespace SelfCare.Tests.HelpDesk;

/// <summary>
/// Tier and due times over times (Mon–Fri 8–5, Thanksgiving 2026-11-26 a holiday; targets: Emergency 1 h / 8 h on the 24x7 clock,
/// Help Desk 4 / 16 and Professional Services 8 / 40 business hours): weekday day and evening, weekend, holiday, the US DST change
/// days and two tenants in different zones. All instants in UTC.
/// </summary>
public sealed class ClassificationTests
{
    private static readonly HelpDeskSettings Targets = new();

    public static TheoryData<string, string, string?, string, bool, string, string> Cases => new()
    {
        // zone, opened (UTC), chosen, expected tier, automatic, response due (UTC), resolution due (UTC)
        // Tuesday 10:00 EST, in hours: the choice stands; 16 business hours = Tue 10-17 + Wed 8-17.
        { "America/New_York", "2026-11-24T15:00:00Z", "HelpDesk", "HelpDesk", false, "2026-11-24T19:00:00Z", "2026-11-25T22:00:00Z" },
        // Emergency is allowed in hours for business-stopping issues (not automatic), 24x7 clock.
        { "America/New_York", "2026-11-24T15:00:00Z", "Emergency", "Emergency", false, "2026-11-24T16:00:00Z", "2026-11-24T23:00:00Z" },
        // Tuesday 19:00 EST: evening, Emergency whatever was chosen.
        { "America/New_York", "2026-11-25T00:00:00Z", "HelpDesk", "Emergency", true, "2026-11-25T01:00:00Z", "2026-11-25T08:00:00Z" },
        // Saturday 11:00 EST: weekend.
        { "America/New_York", "2026-11-28T16:00:00Z", "ProfessionalServices", "Emergency", true, "2026-11-28T17:00:00Z", "2026-11-29T00:00:00Z" },
        // Thanksgiving 10:00 EST: holiday.
        { "America/New_York", "2026-11-26T15:00:00Z", "HelpDesk", "Emergency", true, "2026-11-26T16:00:00Z", "2026-11-26T23:00:00Z" },
        // Wednesday 16:00 EST without a choice (API, Tickets' form): Help Desk; 1 h Wed, the holiday skipped, 3 h Fri -> Fri 11:00 EST;
        // resolution 1 + 9 (Fri) + 6 (Mon) -> Mon 14:00 EST.
        { "America/New_York", "2026-11-25T21:00:00Z", null, "HelpDesk", true, "2026-11-27T16:00:00Z", "2026-11-30T19:00:00Z" },
        // Friday before spring forward, 16:00 EST: 1 h Fri + 7 h Mon (EDT) -> Mon 15:00 EDT = 19:00Z;
        // 40 h: 1 + 4 x 9 + 3 -> next Fri 11:00 EDT.
        { "America/New_York", "2026-03-06T21:00:00Z", "ProfessionalServices", "ProfessionalServices", false, "2026-03-09T19:00:00Z", "2026-03-13T15:00:00Z" },
        // Spring-forward Sunday 03:30 EDT: weekend.
        { "America/New_York", "2026-03-08T07:30:00Z", "HelpDesk", "Emergency", true, "2026-03-08T08:30:00Z", "2026-03-08T15:30:00Z" },
        // Friday before fall back, 16:00 EDT: 1 h Fri + 3 h Mon (EST) -> Mon 11:00 EST = 16:00Z.
        { "America/New_York", "2026-10-30T20:00:00Z", "HelpDesk", "HelpDesk", false, "2026-11-02T16:00:00Z", "2026-11-03T19:00:00Z" },
        // Fall-back Sunday 01:30 EDT (the first of the two 01:30s): weekend.
        { "America/New_York", "2026-11-01T05:30:00Z", null, "Emergency", true, "2026-11-01T06:30:00Z", "2026-11-01T13:30:00Z" },
        // Monday after fall back 07:30 EST is closed, 08:00 EST open.
        { "America/New_York", "2026-11-02T12:30:00Z", "HelpDesk", "Emergency", true, "2026-11-02T13:30:00Z", "2026-11-02T20:30:00Z" },
        { "America/New_York", "2026-11-02T13:00:00Z", "HelpDesk", "HelpDesk", false, "2026-11-02T17:00:00Z", "2026-11-03T20:00:00Z" },
        // Two tenants, one instant: 14:30Z is 09:30 in New York (open) but 07:30 in Denver (closed).
        { "America/New_York", "2026-11-24T14:30:00Z", "HelpDesk", "HelpDesk", false, "2026-11-24T18:30:00Z", "2026-11-25T21:30:00Z" },
        { "America/Denver", "2026-11-24T14:30:00Z", "HelpDesk", "Emergency", true, "2026-11-24T15:30:00Z", "2026-11-24T22:30:00Z" },
        // 23:00Z is 18:00 in New York (closed) but 16:00 in Denver (open): 1 h Tue + 3 h Wed -> Wed 11:00 MST = 18:00Z;
        // 16 h: 1 + 9 (Wed), Thanksgiving skipped, 6 (Fri) -> Fri 14:00 MST.
        { "America/New_York", "2026-11-24T23:00:00Z", "HelpDesk", "Emergency", true, "2026-11-25T00:00:00Z", "2026-11-25T07:00:00Z" },
        { "America/Denver", "2026-11-24T23:00:00Z", "HelpDesk", "HelpDesk", false, "2026-11-25T18:00:00Z", "2026-11-27T21:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_request_gets_the_expected_tier_and_due_times(string zone, string opened, string? chosen, string tier, bool automatic,
        string response, string resolution)
    {
        var c = TierClassifier.Classify(Calendar(zone), Targets, DateTimeOffset.Parse(opened), SupportTiers.Parse(chosen));
        Assert.Equal(tier, c.Tier.ToString());
        Assert.Equal(automatic, c.Automatic);
        Assert.Equal(DateTimeOffset.Parse(response), c.ResponseDueAt);
        Assert.Equal(DateTimeOffset.Parse(resolution), c.ResolutionDueAt);
    }

    [Fact]
    public void Iana_zone_ids_resolve_on_this_system() =>
        Assert.Equal("America/New_York", TimeZoneInfo.FindSystemTimeZoneById("America/New_York").Id);

    [Fact]
    public void A_window_spanning_a_dst_change_counts_the_hours_that_really_elapse()
    {
        // Open around the clock on Sundays: spring-forward Sunday has 23 hours, fall-back Sunday 25.
        var hours = new Dictionary<DayOfWeek, OpeningHours> { [DayOfWeek.Sunday] = new(TimeSpan.Zero, TimeSpan.FromDays(1)) };
        var calendar = new BusinessCalendar(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), hours, new HashSet<DateOnly>());
        var spring = DateTimeOffset.Parse("2026-03-08T05:00:00Z");
        Assert.Equal(DateTimeOffset.Parse("2026-03-09T04:00:00Z"), calendar.AddBusinessTime(spring, TimeSpan.FromHours(23)));
        Assert.Equal(DateTimeOffset.Parse("2026-03-15T05:00:00Z"), calendar.AddBusinessTime(spring, TimeSpan.FromHours(24)));
        var fall = DateTimeOffset.Parse("2026-11-01T04:00:00Z");
        Assert.Equal(DateTimeOffset.Parse("2026-11-02T05:00:00Z"), calendar.AddBusinessTime(fall, TimeSpan.FromHours(25)));
        Assert.True(calendar.IsOpen(DateTimeOffset.Parse("2026-11-01T06:30:00Z"))); // the second 01:30
    }

    private static BusinessCalendar Calendar(string zone) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(zone), HelpDeskStore.DefaultHours, new HashSet<DateOnly> { new(2026, 11, 26) });
}
