namespace SelfCare.Host.Identity;

/// <summary>
/// A user whose admin forced a password change reaches only the change-password page (and logout) until they
/// choose one. The claim is rebuilt on every request by the security-stamp check, so this applies to open sessions too.
/// </summary>
internal sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    private static readonly string[] Allowed = ["/profile/password", "/logout", "/login", "/status", "/branding", "/api"];

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(PortalClaims.MustChangePassword, "true")
            && !Allowed.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect($"{context.Request.PathBase}/profile/password");
            return Task.CompletedTask;
        }
        return next(context);
    }
}
