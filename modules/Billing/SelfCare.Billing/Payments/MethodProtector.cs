using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace SelfCare.Billing.Payments;

/// <summary>
/// Carries a freshly tokenized method from the review step to the confirmation post in a hidden field, encrypted
/// and bound to the tenant and user (so a token cannot be typed in or replayed by someone else) for 30 minutes.
/// </summary>
internal sealed class MethodProtector(IDataProtectionProvider provider)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public string Protect(TokenizedMethod method, string tenantId, string userId) =>
        Protector(tenantId, userId).Protect(JsonSerializer.Serialize(method), Lifetime);

    public TokenizedMethod? Unprotect(string? value, string tenantId, string userId)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        try
        {
            return JsonSerializer.Deserialize<TokenizedMethod>(Protector(tenantId, userId).Unprotect(value));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector(string tenantId, string userId) =>
        provider.CreateProtector("SelfCare.Billing.Payments.NewMethod", tenantId, userId).ToTimeLimitedDataProtector();
}
