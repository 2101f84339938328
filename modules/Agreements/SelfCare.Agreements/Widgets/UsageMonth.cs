namespace SelfCare.Agreements.Widgets;

/// <summary>One month of the widget's chart: hours drawn from pre-paid hours and billable hours.</summary>
internal sealed record UsageMonth(DateOnly Month, int DrawnMinutes, int BillableMinutes);
