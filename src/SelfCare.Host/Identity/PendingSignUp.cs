namespace SelfCare.Host.Identity;

/// <summary>A sign-up awaiting an admin's decision, with the account it names.</summary>
internal sealed record PendingSignUp(OnboardingRequest Request, string AccountLabel);
