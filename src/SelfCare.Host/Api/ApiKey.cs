namespace SelfCare.Host.Api;

/// <summary>
/// An integration API key of this tenant (in the tenant's own database). Only a hash of the secret is kept:
/// the full key is shown once, when it is created.
/// </summary>
internal sealed class ApiKey
{
    /// <summary>The public part of the key (<c>sck_{Id}_{secret}</c>): lookup by primary key, no scan.</summary>
    public required string Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Space-separated scope values, e.g. "Accounts:read Accounts:write".</summary>
    public required string Scopes { get; set; }

    /// <summary>SHA-256 of tenant id, key id and secret (so a key row copied to another tenant is useless).</summary>
    public required byte[] SecretHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }

    /// <summary>Updated at most once a minute per key, so busy keys do not write on every request.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public ApiKeyState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? ApiKeyState.Revoked
        : ExpiresAt is { } expires && expires <= now ? ApiKeyState.Expired
        : ApiKeyState.Active;
}
