namespace SelfCare.Usage.Areas.Usage.Pages;

/// <summary>One service's month on the Usage page and in its export.</summary>
internal sealed record UsageSummaryRow(DateOnly BillingCycle, string Account, string AccountName, string ServiceId, long Calls, long Seconds,
    decimal Amount, string Currency);
