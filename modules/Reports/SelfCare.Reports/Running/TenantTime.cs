namespace SelfCare.Reports.Running;

/// <summary>Wall-clock times of the tenant's zone to instants, DST included.</summary>
internal static class TenantTime
{
    /// <summary>
    /// The instant of <paramref name="local"/>. A time skipped by a spring-forward change moves forward by the gap
    /// (02:30 becomes 03:30); a time repeated in the fall is its first occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var rule = zone.GetAdjustmentRules().FirstOrDefault(r => r.DateStart <= local && r.DateEnd >= local);
            var gap = rule?.DaylightDelta ?? TimeSpan.FromHours(1);
            local = local + (gap > TimeSpan.Zero ? gap : TimeSpan.FromHours(1));
        }
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).DateTime;
}
