namespace SelfCare.Agreements.Areas.Agreements.Pages;

internal sealed record MonthDrawdown(DateOnly Month, int DrawnMinutes, int BillableMinutes);
