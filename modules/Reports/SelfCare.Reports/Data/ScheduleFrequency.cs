namespace SelfCare.Reports.Data;

public enum ScheduleFrequency
{
    Daily,
    Weekly,
    Monthly,

    /// <summary>On the first day of each billing cycle (a calendar month in the tenant's zone).</summary>
    BillingCycle,
}
