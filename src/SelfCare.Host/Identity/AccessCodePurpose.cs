namespace SelfCare.Host.Identity;

internal static class AccessCodePurpose
{
    public const string Activate = "activate";
    public const string Reset = "reset";
}
