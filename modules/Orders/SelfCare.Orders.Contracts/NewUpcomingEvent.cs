namespace SelfCare.Orders.Contracts;

/// <summary>A notice on the Orders page's Upcoming Events panel; for one account (and its children's users) or, when null, everyone.</summary>
public sealed record NewUpcomingEvent(DateOnly Date, string Title, string? Body, Guid? AccountId, string PostedBy);
