using SelfCare.Platform.Tenancy;

namespace SelfCare.Usage.Data;

/// <summary>The tenant's time zone: dates people type and times they read are in it; rows store UTC.</summary>
internal sealed class TenantZone(ITenantContext tenant, TimeProvider clock)
{
    public TimeZoneInfo Zone { get; } =
        TimeZoneInfo.TryFindSystemTimeZoneById(tenant.Current.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant of local midnight starting <paramref name="day"/>.</summary>
    public DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    public DateOnly ThisMonth => new(Today.Year, Today.Month, 1);
}
