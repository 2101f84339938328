namespace SelfCare.Host.Identity;

/// <summary>
/// Body of <c>PUT /api/v1/users/{externalId}</c>: the whole user. Role: CustomerAdmin, CustomerUser, Staff or TenantAdmin;
/// customers name at least one account by external id or number. <c>active</c> false deactivates (default true).
/// </summary>
internal sealed record UserUpsertV1(
    string? Email, string? Name, string? Role, IReadOnlyList<string>? AccountExternalIds, IReadOnlyList<string>? AccountNumbers,
    string? Phone, bool? Active);
