namespace SelfCare.Accounts.Api;

/// <summary>A service address as version 1 of the integration API shows it; <c>externalId</c> is null for locations added in the portal.</summary>
internal sealed record LocationV1(
    Guid Id, string? ExternalId, Guid AccountId, string? AccountExternalId, string AccountNumber, string Name, string Street1,
    string? Street2, string City, string? Region, string? PostalCode, string Country);
