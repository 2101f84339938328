namespace SelfCare.Host.Identity;

/// <summary>What the login page offers people without a login (Admin > Sign-up).</summary>
internal enum OnboardingMode
{
    /// <summary>"Sign up for an account": ask to join a company's account; its customer admins decide.</summary>
    SignUp,

    /// <summary>"Request portal access": a prospect's form that reaches the tenant's staff.</summary>
    RequestAccess,
}
