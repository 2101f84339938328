namespace SelfCare.Host.HostAdmin;

/// <summary>The host operator's own sign-in, separate from every tenant's.</summary>
internal static class HostOperatorAuth
{
    public const string Scheme = "HostOperator";
    public const string Policy = "HostOperator";
    public const int MaxFailedLogins = 5;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);
}
