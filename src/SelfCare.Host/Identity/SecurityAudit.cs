using Microsoft.EntityFrameworkCore;

namespace SelfCare.Host.Identity;

/// <summary>Writes the tenant's security log. Entries are saved at once: a failed sign-in leaves nothing else to save.</summary>
internal sealed class SecurityAudit(TenantPlatformDbContext db, IHttpContextAccessor accessor, TimeProvider clock)
{
    public async Task RecordAsync(string kind, PortalUser? user, string? email = null, string? detail = null, CancellationToken ct = default)
    {
        var http = accessor.HttpContext;
        var actor = http?.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name : null;
        db.Add(new SecurityEvent
        {
            Id = Guid.NewGuid(), At = clock.GetUtcNow().UtcDateTime, Kind = kind, UserId = user?.Id,
            Email = Cut(user?.Email ?? email, 256), Actor = actor == (user?.UserName ?? email) ? null : Cut(actor, 256),
            Detail = Cut(detail, 300), IpAddress = http?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(ct);
    }

    public Task<List<SecurityEvent>> RecentAsync(string? userId, IReadOnlyCollection<string>? kinds, int take, CancellationToken ct) =>
        db.Set<SecurityEvent>().AsNoTracking()
            .Where(e => (userId == null || e.UserId == userId) && (kinds == null || kinds.Contains(e.Kind)))
            .OrderByDescending(e => e.At).Take(take).ToListAsync(ct);

    private static string? Cut(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
