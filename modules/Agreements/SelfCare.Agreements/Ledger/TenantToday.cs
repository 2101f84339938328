using SelfCare.Platform.Tenancy;

namespace SelfCare.Agreements.Ledger;

/// <summary>Today's date in the tenant's time zone (terms, expiry and months are calendar dates there).</summary>
internal sealed class TenantToday(ITenantContext tenant, TimeProvider clock)
{
    public TimeZoneInfo Zone => TimeZoneInfo.TryFindSystemTimeZoneById(tenant.Current.TimeZone, out var z) ? z : TimeZoneInfo.Utc;

    public DateOnly Value => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
}
