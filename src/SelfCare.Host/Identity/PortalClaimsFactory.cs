using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Identity;

/// <summary>Adds the issuing tenant and the display name to every sign-in.</summary>
internal sealed class PortalClaimsFactory(
    UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, ITenantContext tenant)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.Tenant, tenant.Current.Id));
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        if (user.MustChangePassword)
            identity.AddClaim(new Claim(PortalClaims.MustChangePassword, "true"));
        return identity;
    }
}
