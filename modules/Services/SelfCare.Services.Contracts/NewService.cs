namespace SelfCare.Services.Contracts;

/// <summary><paramref name="Status"/> is one of Active, Denied, Disconnected, Pending.</summary>
public sealed record NewService(
    string ServiceId, Guid AccountId, string? Location, string? Description, string Status, IReadOnlyList<NewServiceProduct> Products);
