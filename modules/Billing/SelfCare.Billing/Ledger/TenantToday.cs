using SelfCare.Platform.Tenancy;

namespace SelfCare.Billing.Ledger;

/// <summary>Today in the tenant's time zone: due dates are calendar days where the customer is.</summary>
internal sealed class TenantToday(ITenantContext tenant, TimeProvider clock)
{
    public DateOnly Value
    {
        get
        {
            var zone = TimeZoneInfo.TryFindSystemTimeZoneById(tenant.Current.TimeZone, out var z) ? z : TimeZoneInfo.Utc;
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        }
    }
}
