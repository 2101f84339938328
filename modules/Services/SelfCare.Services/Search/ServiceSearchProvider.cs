using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Search;
using SelfCare.Services.Data;

namespace SelfCare.Services.Search;

/// <summary>Services by service id (phone number, circuit), description or location, within the caller's account scope (query filter).</summary>
internal sealed class ServiceSearchProvider(ServicesDbContext db) : ISearchProvider
{
    public string Group => "Services";

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        var lower = query.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        var contains = $"%{lower}%";
        var startsWith = $"{lower}%";
        var exact = query.ToLowerInvariant();
        var services = await db.Services.AsNoTracking()
            .Where(s => EF.Functions.Like(s.ServiceId.ToLower(), contains, "\\") ||
                        EF.Functions.Like((s.Description ?? "").ToLower(), contains, "\\") ||
                        EF.Functions.Like((s.Location ?? "").ToLower(), contains, "\\"))
            // Best first: the exact service id, then ids starting with the text, then the rest by id.
            .OrderBy(s => s.ServiceId.ToLower() == exact ? 0 : EF.Functions.Like(s.ServiceId.ToLower(), startsWith, "\\") ? 1 : 2)
            .ThenBy(s => s.ServiceId)
            .Take(limit)
            .Select(s => new { s.Id, s.ServiceId, s.Description, s.Location, s.Status })
            .ToListAsync(cancellationToken);
        return services
            .Select(s => new SearchHit(s.ServiceId,
                string.Join(" · ", new[] { s.Description, s.Location, s.Status.ToString() }.Where(p => !string.IsNullOrWhiteSpace(p))),
                $"/services/details/{s.Id}"))
            .ToList();
    }
}
