namespace SelfCare.Orders.Contracts;

/// <summary>A note on an order; <paramref name="At"/> defaults to now.</summary>
public sealed record NewOrderNote(string Text, string Author, DateTimeOffset? At = null);
