using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Api;
using SelfCare.Platform.Api;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Pages.Admin;

/// <summary>Tenant admins create and revoke integration API keys. A new key is shown once, in the answer to its creation.</summary>
[Authorize(Roles = PortalRoles.TenantAdmin)]
internal sealed class ApiKeysModel(ApiKeyStore store, ApiScopeCatalog catalog, ITenantContext tenantContext, TimeProvider clock)
    : PageModel
{
    [BindProperty]
    public ApiKeyInput Input { get; set; } = new();

    public IReadOnlyList<ApiKeyRow> Keys { get; private set; } = [];
    public IReadOnlyList<(string Module, IReadOnlyList<(string Value, string Label)> Scopes)> ScopeChoices { get; private set; } = [];
    public string? CreatedKey { get; private set; }
    public string? CreatedName { get; private set; }
    public string Today { get; private set; } = "";
    public string TimeZone { get; private set; } = "";

    [TempData]
    public string? Notice { get; set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var tenant = tenantContext.Current;
        var offered = catalog.For(tenant).ToDictionary(s => s.Value);
        var chosen = Input.Scopes.Distinct().ToList();
        if (chosen.Count == 0)
            ModelState.AddModelError("Input.Scopes", "Choose at least one scope: what the key may read or change.");
        else if (chosen.Any(s => !offered.ContainsKey(s)))
            ModelState.AddModelError("Input.Scopes", "Choose scopes from the list only (modules your portal has turned on).");
        var zone = ZoneOf(tenant);
        DateTimeOffset? expiresAt = null;
        if (Input.ExpiresOn is { } day)
        {
            // The key works through the chosen day in the portal's time zone.
            var end = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
            expiresAt = new DateTimeOffset(end, zone.GetUtcOffset(end)).ToUniversalTime();
            if (expiresAt <= clock.GetUtcNow())
                ModelState.AddModelError("Input.ExpiresOn", "The expiry date must be today or later.");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var createdBy = User.Identity?.Name ?? "unknown";
        var (key, plaintext) = await store.CreateAsync(Input.Name!, chosen.Select(s => offered[s]), expiresAt, createdBy, ct);
        CreatedKey = plaintext;
        CreatedName = key.Name;
        Response.Headers.CacheControl = "no-store";
        Input = new ApiKeyInput();
        ModelState.Clear();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string? id, CancellationToken ct)
    {
        var key = string.IsNullOrEmpty(id) ? null : await store.RevokeAsync(id, User.Identity?.Name ?? "unknown", ct);
        if (key is null)
            return NotFound();
        Notice = $"The key \u201c{key.Name}\u201d is revoked: it stops working at once.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var tenant = tenantContext.Current;
        var zone = ZoneOf(tenant);
        var now = clock.GetUtcNow();
        TimeZone = zone.Id;
        Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime).ToString("yyyy-MM-dd");
        ScopeChoices = catalog.For(tenant).GroupBy(s => s.ModuleId)
            .Select(g => (catalog.ModuleName(g.Key),
                (IReadOnlyList<(string, string)>)g.Select(s => (s.Value, s.Access == ApiAccess.Read ? "Read" : "Create and change")).ToList()))
            .ToList();
        string Local(DateTimeOffset? at) => at is { } t ? TimeZoneInfo.ConvertTime(t, zone).ToString("yyyy-MM-dd HH:mm") : "Never";
        Keys = (await store.ListAsync(ct)).Select(k =>
        {
            var state = k.StateAt(now) switch
            {
                ApiKeyState.Revoked => $"Revoked {Local(k.RevokedAt)}",
                ApiKeyState.Expired => $"Expired {Local(k.ExpiresAt)}",
                _ => k.ExpiresAt is null ? "Active" : $"Active until {Local(k.ExpiresAt)}",
            };
            return new ApiKeyRow(k.Id, k.Name, k.ScopeList.Select(catalog.Describe).ToList(), Local(k.CreatedAt), Local(k.LastUsedAt),
                state, k.StateAt(now) == ApiKeyState.Active);
        }).ToList();
    }

    private static TimeZoneInfo ZoneOf(TenantInfo tenant) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(tenant.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
