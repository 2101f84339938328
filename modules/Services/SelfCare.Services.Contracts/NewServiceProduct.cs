namespace SelfCare.Services.Contracts;

/// <summary>A product on a service; <paramref name="Currency"/> is an ISO 4217 code such as USD.</summary>
public sealed record NewServiceProduct(string Product, int Quantity, decimal UnitPrice, string Currency, bool Recurring);
