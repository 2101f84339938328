using Microsoft.AspNetCore.Identity;

namespace SelfCare.Host.Identity;

/// <summary>A user of one tenant, stored in that tenant's own database.</summary>
internal sealed class PortalUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public bool IsActive { get; set; } = true;
}
