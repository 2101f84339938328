using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace SelfCare.Host.Identity;

/// <summary>
/// Issues and redeems one-time access codes (welcome and password reset). A code is bound to its user (the
/// hash covers the user id), expires, works once, and is void after <see cref="MaxAttempts"/> wrong tries.
/// </summary>
internal sealed class AccessCodes(TenantPlatformDbContext db, UserManager<PortalUser> users, TimeProvider clock)
{
    public const int MaxAttempts = 5;
    public static readonly TimeSpan ActivationLifetime = TimeSpan.FromDays(7);
    public static readonly TimeSpan ResetLifetime = TimeSpan.FromHours(2);

    // No 0/O, 1/I/L: codes are typed from an email.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int Length = 10;

    /// <summary>Voids the user's earlier codes and adds a new one to the context (the caller saves, with its email).</summary>
    public async Task<string> IssueAsync(PortalUser user, string purpose, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<UserAccessCode>().Where(c => c.UserId == user.Id && c.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now), ct);
        var code = new string(Enumerable.Range(0, Length).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray());
        db.Add(new UserAccessCode
        {
            Id = Guid.NewGuid(), UserId = user.Id, Purpose = purpose, CodeHash = Hash(user.Id, code), CreatedAt = now,
            ExpiresAt = now + (purpose == AccessCodePurpose.Reset ? ResetLifetime : ActivationLifetime),
        });
        return code;
    }

    /// <summary>The user the code belongs to, or null (unknown address, wrong, used, expired or void code: one answer).</summary>
    public async Task<(PortalUser User, UserAccessCode Code)?> CheckAsync(string email, string code, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
            return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.Set<UserAccessCode>()
            .Where(c => c.UserId == user.Id && c.UsedAt == null && c.ExpiresAt > now && c.Attempts < MaxAttempts)
            .ToListAsync(ct);
        var hash = Encoding.ASCII.GetBytes(Hash(user.Id, code));
        var match = open.FirstOrDefault(c => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(c.CodeHash), hash));
        if (match is not null)
            return (user, match);
        // A wrong guess counts against every open code of that user, so guessing stops after a few tries.
        if (open.Count > 0)
            await db.Set<UserAccessCode>().Where(c => c.UserId == user.Id && c.UsedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Attempts, c => c.Attempts + 1), ct);
        return null;
    }

    /// <summary>Marks the code used; false when a concurrent request used it first.</summary>
    public async Task<bool> ConsumeAsync(UserAccessCode code, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<UserAccessCode>().Where(c => c.Id == code.Id && c.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now), ct) == 1;
    }

    public static string Normalize(string code) =>
        new(code.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    private static string Hash(string userId, string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(userId + ":" + Normalize(code))));
}
