using Microsoft.Extensions.Options;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Email;

/// <summary>
/// The absolute address of a tenant's portal, for links in emails. Inside one of the tenant's own requests it is
/// the address the user is on; otherwise it is built like the host's Create page does (prefix on the current or
/// configured base address, else the tenant's first host name).
/// </summary>
internal sealed class TenantPortalUrls(IHttpContextAccessor accessor, IOptions<EmailOptions> options)
{
    public string For(TenantInfo tenant)
    {
        var request = accessor.HttpContext?.Request;
        var requestTenant = accessor.HttpContext?.RequestServices.GetService<ITenantContext>()?.Tenant;
        if (request is not null && requestTenant?.Id == tenant.Id)
            return $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');

        // A host-level request (the operator creating a tenant) gives the public address; jobs use the configured one.
        var baseUrl = request is not null && requestTenant is null
            ? $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/')
            : options.Value.PublicBaseUrl.TrimEnd('/');
        if (tenant.Prefix is not null || tenant.Hosts.Count == 0)
            return $"{baseUrl}/{tenant.Prefix}".TrimEnd('/');
        var uri = new Uri(baseUrl);
        return $"{uri.Scheme}://{tenant.Hosts[0]}{(uri.IsDefaultPort ? "" : $":{uri.Port}")}";
    }
}
