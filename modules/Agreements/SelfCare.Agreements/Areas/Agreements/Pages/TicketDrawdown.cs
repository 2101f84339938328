namespace SelfCare.Agreements.Areas.Agreements.Pages;

/// <summary>Time on one ticket under an agreement: drawn from pre-paid hours and billable.</summary>
internal sealed record TicketDrawdown(long Number, string Subject, int DrawnMinutes, int BillableMinutes, DateOnly LastWorked);
