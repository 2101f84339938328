using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Summary;

/// <summary>
/// The Summary page's boxes, rendered once and served again while nothing in the tenant's database has changed
/// (<see cref="TenantDataVersion"/>). A box is kept per user, account scope, tenant features, theme and minute (boxes that
/// depend on the clock, such as "past due" or "past target", are at most a minute behind it); a write of any kind renders
/// every box anew on the next visit. Boxes must not hold per-request parts (antiforgery tokens, CSP nonces).
/// </summary>
internal sealed class SummaryFragments(
    IMemoryCache cache, TenantDataVersion versions, ITenantContext tenant, IAccountScope scope, TimeProvider clock)
{
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(2);
    private string? _prefix;

    public async Task<IHtmlContent> RenderAsync(IViewComponentHelper component, string viewComponent, ClaimsPrincipal user,
        IReadOnlyList<string> features, CancellationToken ct)
    {
        _prefix ??= await PrefixAsync(user, features, ct);
        var key = _prefix + viewComponent;
        if (cache.TryGetValue(key, out string? html))
            return new HtmlString(html);
        var content = await component.InvokeAsync(viewComponent, arguments: null);
        await using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        html = writer.ToString();
        cache.Set(key, html, Keep);
        return new HtmlString(html);
    }

    private async Task<string> PrefixAsync(ClaimsPrincipal user, IReadOnlyList<string> features, CancellationToken ct)
    {
        var t = tenant.Current;
        var version = await versions.CurrentAsync(t, ct);
        var minute = clock.GetUtcNow().ToUnixTimeSeconds() / 60;
        var who = user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "";
        var accounts = scope.SeesAllAccounts ? "*" : string.Join(",", scope.AccountIds.Order());
        var shape = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{who}|{accounts}|{string.Join(",", features)}|{t.Theme}")));
        return $"summary:{t.Id}:{version}:{minute}:{shape}:";
    }
}
