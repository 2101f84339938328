namespace SelfCare.Host.Identity;

/// <summary>A user in version 1 of the integration API. <c>Activated</c>: they chose a password with their access code.</summary>
internal sealed record UserV1(
    string Id, string? ExternalId, string Email, string Name, string? Role, IReadOnlyList<UserAccountV1> Accounts, string? Phone,
    bool Active, bool Activated);
