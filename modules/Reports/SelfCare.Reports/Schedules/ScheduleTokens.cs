using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Reports.Schedules;

/// <summary>
/// Signed tokens in report emails, per tenant (the purpose holds the tenant id, so one tenant's token is void on another):
/// an unsubscribe token naming one recipient row, and an expiring file link naming one download and that recipient.
/// </summary>
internal sealed class ScheduleTokens(IDataProtectionProvider protection, ITenantContext tenant)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(7);

    private IDataProtector Unsubscribe => protection.CreateProtector("SelfCare.Reports.Unsubscribe", tenant.Current.Id);
    private ITimeLimitedDataProtector FileLink => protection.CreateProtector("SelfCare.Reports.FileLink", tenant.Current.Id).ToTimeLimitedDataProtector();

    public string ForUnsubscribe(Guid recipientId) => Unsubscribe.Protect(recipientId.ToString("N"));

    public Guid? ReadUnsubscribe(string? token) => Read(() => Unsubscribe.Unprotect(token!), token);

    public string ForFile(Guid downloadId, Guid recipientId, DateTimeOffset expires) =>
        FileLink.Protect($"{downloadId:N}|{recipientId:N}", expires);

    /// <summary>The download of a valid, unexpired link, or null.</summary>
    public Guid? ReadFile(string? token) =>
        Read(() => FileLink.Unprotect(token!).Split('|')[0], token);

    private static Guid? Read(Func<string> unprotect, string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000)
            return null;
        try
        {
            return Guid.TryParseExact(unprotect(), "N", out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
