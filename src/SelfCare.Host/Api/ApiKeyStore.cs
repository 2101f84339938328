using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Api;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Api;

/// <summary>Creates, lists, revokes and checks the current tenant's API keys. Nothing is cached: a revoked key fails on its next request.</summary>
internal sealed class ApiKeyStore(ApiDbContext db, ITenantContext tenant, TimeProvider clock)
{
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<(ApiKey Key, string Plaintext)> CreateAsync(
        string name, IEnumerable<ApiScope> scopes, DateTimeOffset? expiresAt, string createdBy, CancellationToken ct)
    {
        var (id, secret) = ApiKeyFormat.NewKey();
        var key = new ApiKey
        {
            Id = id,
            Name = name.Trim(),
            Scopes = string.Join(' ', scopes.Select(s => s.Value).Distinct().Order(StringComparer.Ordinal)),
            SecretHash = ApiKeyFormat.Hash(tenant.Current.Id, id, secret),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = createdBy,
            ExpiresAt = expiresAt?.ToUniversalTime(),
        };
        db.Keys.Add(key);
        await db.SaveChangesAsync(ct);
        return (key, ApiKeyFormat.Compose(id, secret));
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken ct) =>
        (await db.Keys.AsNoTracking().ToListAsync(ct)).OrderByDescending(k => k.CreatedAt).ToList();

    public async Task<ApiKey?> RevokeAsync(string id, string revokedBy, CancellationToken ct)
    {
        var key = await db.Keys.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null || key.RevokedAt is not null)
            return key;
        key.RevokedAt = clock.GetUtcNow();
        key.RevokedBy = revokedBy;
        await db.SaveChangesAsync(ct);
        return key;
    }

    /// <summary>One primary-key read; the secret is compared in fixed time; last use is written at most once a minute.</summary>
    public async Task<ApiKeyCheck> CheckAsync(string presented, CancellationToken ct)
    {
        if (!ApiKeyFormat.TryParse(presented, out var id, out var secret))
            return ApiKeyCheck.Refused("The API key is malformed. Keys look like sck_<id>_<secret>.");
        var key = await db.Keys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null || !ApiKeyFormat.Matches(key.SecretHash, tenant.Current.Id, id, secret))
            return ApiKeyCheck.Refused("The API key is not valid for this portal.");
        var now = clock.GetUtcNow();
        switch (key.StateAt(now))
        {
            case ApiKeyState.Revoked:
                return ApiKeyCheck.Refused("This API key has been revoked.");
            case ApiKeyState.Expired:
                return ApiKeyCheck.Refused($"This API key expired at {key.ExpiresAt:yyyy-MM-dd HH:mm} UTC.");
        }
        if (key.LastUsedAt is null || now - key.LastUsedAt.Value >= LastUsedResolution)
            await db.Keys.Where(k => k.Id == id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), ct);
        return new ApiKeyCheck(key, null);
    }
}
