using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Identity;

/// <summary>
/// Protects sign-in tickets with a data-protection purpose per tenant: a cookie issued by one tenant
/// cannot even be decrypted by another.
/// </summary>
internal sealed class TenantTicketDataFormat(IDataProtectionProvider protection, IHttpContextAccessor accessor)
    : ISecureDataFormat<AuthenticationTicket>
{
    private readonly ConcurrentDictionary<string, TicketDataFormat> _formats = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => Format(required: true)!.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => Format(required: true)!.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Format(required: false)?.Unprotect(protectedText);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose) =>
        Format(required: false)?.Unprotect(protectedText, purpose);

    private TicketDataFormat? Format(bool required)
    {
        var tenant = accessor.HttpContext?.RequestServices.GetRequiredService<ITenantContext>().Tenant;
        if (tenant is null)
            return required ? throw new InvalidOperationException("Tenant sign-in needs a tenant.") : null;
        return _formats.GetOrAdd(tenant.Id, id =>
            new TicketDataFormat(protection.CreateProtector("SelfCare.TenantAuth", id)));
    }
}
