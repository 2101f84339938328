using SelfCare.Platform.Tenancy;

namespace SelfCare.Orders.Data;

internal static class TenantCalendar
{
    /// <summary>Today in the tenant's time zone: activation dates are calendar days where the customer is.</summary>
    public static DateOnly Today(ITenantContext tenant, TimeProvider clock)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(tenant.Current.TimeZone, out var z) ? z : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
    }
}
