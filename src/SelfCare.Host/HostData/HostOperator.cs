namespace SelfCare.Host.HostData;

/// <summary>A host operator: administers tenants, belongs to no tenant.</summary>
internal sealed class HostOperator
{
    public Guid Id { get; set; }
    public required string Email { get; set; }
    public required string PasswordHash { get; set; }
    public int FailedLogins { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
}
