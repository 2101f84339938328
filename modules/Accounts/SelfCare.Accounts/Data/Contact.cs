using SelfCare.Platform.Data;

namespace SelfCare.Accounts.Data;

/// <summary>A person at a customer account; deactivated rather than deleted so history keeps its names.</summary>
internal sealed class Contact : IAccountOwned
{
    public const int NameMaxLength = 200;
    public const int RoleMaxLength = 100;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 40;

    public Guid Id { get; set; }
    public Guid AccountId { get; set; }

    /// <summary>The id the reseller's own system gives it (integration API upserts); null for portal-created rows.</summary>
    public string? ExternalId { get; set; }
    public required string Name { get; set; }
    public string? Role { get; set; }
    public string? Email { get; set; }
    public string? OfficePhone { get; set; }
    public string? MobilePhone { get; set; }
    public bool Billing { get; set; }
    public bool Technical { get; set; }
    public bool Active { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}
