namespace SelfCare.Usage.Areas.Usage.Pages;

/// <summary>A month of the chart: its total and its bar's share of the largest month (0-100).</summary>
internal sealed record MonthBar(DateOnly BillingCycle, long Calls, long Seconds, decimal Amount, int Percent);
