namespace SelfCare.Host.Identity;

/// <summary>The tenant's one row of sign-up settings; absent until a tenant admin saves (then the default applies).</summary>
internal sealed class OnboardingSetting
{
    public int Id { get; set; } = 1;
    public OnboardingMode Mode { get; set; }
}
