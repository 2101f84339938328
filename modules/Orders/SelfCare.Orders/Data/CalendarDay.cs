namespace SelfCare.Orders.Data;

internal sealed record CalendarDay(DateOnly Date, bool InMonth, int Activations);
