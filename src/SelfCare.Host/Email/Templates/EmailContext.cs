using SelfCare.Platform.Shell;

namespace SelfCare.Host.Email.Templates;

/// <summary>What the platform adds to every template: the tenant, its portal address and its brand (absolute URLs).</summary>
internal sealed record EmailContext(string TenantName, string PortalUrl, Branding Brand);
