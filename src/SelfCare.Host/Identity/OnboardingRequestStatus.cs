namespace SelfCare.Host.Identity;

internal enum OnboardingRequestStatus
{
    Pending,
    Approved,
    Rejected,

    /// <summary>A sign-up naming no account, or an address that already has a login: kept for the rate limit only.</summary>
    Unmatched,

    /// <summary>An access request staff have dealt with.</summary>
    Handled,
}
