namespace SelfCare.Services.Api;

internal sealed record ServiceProductV1(string Product, int Quantity, decimal UnitPrice, string Currency, bool Recurring);
