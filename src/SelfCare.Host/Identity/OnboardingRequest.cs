namespace SelfCare.Host.Identity;

/// <summary>A sign-up (to join an account) or a portal access request, from someone without a login.</summary>
internal sealed class OnboardingRequest
{
    public Guid Id { get; set; }
    public OnboardingRequestKind Kind { get; set; }
    public OnboardingRequestStatus Status { get; set; }

    /// <summary>The account a sign-up matched (null when the number matched none, and for access requests).</summary>
    public Guid? AccountId { get; set; }
    public string? AccountNumber { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
    public string? Company { get; set; }
    public string? Message { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? IpAddress { get; set; }
}
