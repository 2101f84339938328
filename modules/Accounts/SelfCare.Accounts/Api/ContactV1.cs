namespace SelfCare.Accounts.Api;

/// <summary>A contact as version 1 of the integration API shows it; <c>externalId</c> is null for contacts added in the portal.</summary>
internal sealed record ContactV1(
    Guid Id, string? ExternalId, Guid AccountId, string? AccountExternalId, string AccountNumber, string Name, string? Role,
    string? Email, string? OfficePhone, string? MobilePhone, bool Billing, bool Technical, bool Active);
