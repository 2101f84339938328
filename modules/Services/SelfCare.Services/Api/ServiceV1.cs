namespace SelfCare.Services.Api;

/// <summary>A service as version 1 of the integration API shows it; <c>externalId</c> is null for services not fed by the API.</summary>
internal sealed record ServiceV1(
    Guid Id, string? ExternalId, string ServiceId, Guid AccountId, string? AccountExternalId, string? AccountNumber,
    string? Location, string? Description, string Status, IReadOnlyList<ServiceProductV1> Products);
