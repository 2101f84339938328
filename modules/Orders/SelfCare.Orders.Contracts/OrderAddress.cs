namespace SelfCare.Orders.Contracts;

/// <summary>A service address typed on the order itself (when it does not name a known location).</summary>
public sealed record OrderAddress(string Street1, string? Street2, string City, string? Region, string? PostalCode, string Country);
