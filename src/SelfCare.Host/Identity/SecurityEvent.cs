namespace SelfCare.Host.Identity;

/// <summary>One entry of the tenant's security log (sign-ins, lockouts, password and user changes).</summary>
internal sealed class SecurityEvent
{
    public Guid Id { get; set; }
    public DateTime At { get; set; }
    public required string Kind { get; set; }
    public string? UserId { get; set; }

    /// <summary>The address concerned (also for failed sign-ins of unknown names).</summary>
    public string? Email { get; set; }

    /// <summary>Who did it, when not the user themselves (an admin).</summary>
    public string? Actor { get; set; }
    public string? Detail { get; set; }
    public string? IpAddress { get; set; }
}
