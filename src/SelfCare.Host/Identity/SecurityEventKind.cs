namespace SelfCare.Host.Identity;

internal static class SecurityEventKind
{
    public const string SignIn = "Sign-in";
    public const string SignInFailed = "Sign-in failed";
    public const string LockedOut = "Locked out";
    public const string PasswordChanged = "Password changed";
    public const string PasswordReset = "Password reset";
    public const string Activated = "Activated";
    public const string UserCreated = "User created";
    public const string UserDeactivated = "User deactivated";
    public const string UserReactivated = "User reactivated";
    public const string RoleChanged = "Role changed";
    public const string EmailChanged = "Email changed";
}
