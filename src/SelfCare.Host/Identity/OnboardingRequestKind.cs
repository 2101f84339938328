namespace SelfCare.Host.Identity;

internal enum OnboardingRequestKind
{
    SignUp,
    Access,
}
