using Microsoft.AspNetCore.Identity;

namespace SelfCare.Host.Identity;

/// <summary>A user of one tenant, stored in that tenant's own database. The phone is Identity's PhoneNumber.</summary>
internal sealed class PortalUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public bool IsActive { get; set; } = true;
    public string? Fax { get; set; }

    /// <summary>Set by an admin ("force change at next login"); cleared when the user chooses a new password.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The id the reseller's own system gives the user (integration API); null for users added in the portal.</summary>
    public string? ExternalId { get; set; }
}
