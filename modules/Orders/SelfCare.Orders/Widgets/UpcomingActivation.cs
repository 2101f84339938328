namespace SelfCare.Orders.Widgets;

public sealed record UpcomingActivation(Guid OrderId, string Number, string Status, DateOnly ActivationDate, string? Description);
