namespace SelfCare.Accounts.Api;

/// <summary>An account as version 1 of the integration API shows it. <c>parentExternalId</c> is null when the parent has none.</summary>
internal sealed record AccountV1(
    Guid Id, string? ExternalId, string Number, string Name, Guid? ParentId, string? ParentExternalId,
    string? City, string? Region, string Status);
