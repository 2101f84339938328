namespace SelfCare.Orders.Contracts;

/// <summary>A service ordered: what it is, how many, at what price (<paramref name="Currency"/> ISO 4217), recurring or one-time.</summary>
public sealed record NewOrderLine(string Service, int Quantity, decimal UnitPrice, string Currency, bool Recurring, string? ServiceId = null);
