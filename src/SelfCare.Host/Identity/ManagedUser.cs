namespace SelfCare.Host.Identity;

/// <summary>A row of Manage Users: a user with their role and linked accounts.</summary>
internal sealed record ManagedUser(
    string Id, string Name, string Email, string? Role, bool IsActive, bool Activated, string? Phone, string? Fax,
    bool MustChangePassword, IReadOnlyList<Guid> AccountIds);
