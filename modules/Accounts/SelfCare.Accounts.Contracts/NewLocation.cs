namespace SelfCare.Accounts.Contracts;

public sealed record NewLocation(
    Guid AccountId, string Name, string Street1, string? Street2, string City, string? Region, string? PostalCode, string Country);
