using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Data;
using SelfCare.Platform.Search;

namespace SelfCare.Accounts.Search;

/// <summary>
/// Accounts by number, name, city or region, then accounts whose service locations match (street, city, postal
/// code). The DbContext's query filter keeps both to the caller's account scope.
/// </summary>
internal sealed class AccountSearchProvider(AccountsDbContext db) : ISearchProvider
{
    public string Group => "Accounts";

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        var contains = TextSearch.Pattern(query)!;
        var startsWith = contains[1..];
        var exact = query.ToLowerInvariant();
        // Best first: the exact number, numbers starting with the text, names starting with it, then the rest by number.
        var accounts = await db.Accounts.AsNoTracking()
            .Where(a => EF.Functions.Like(a.Number.ToLower(), contains, "\\") ||
                        EF.Functions.Like(a.Name.ToLower(), contains, "\\") ||
                        EF.Functions.Like((a.City ?? "").ToLower(), contains, "\\") ||
                        EF.Functions.Like((a.Region ?? "").ToLower(), contains, "\\"))
            .OrderBy(a => a.Number.ToLower() == exact ? 0
                : EF.Functions.Like(a.Number.ToLower(), startsWith, "\\") ? 1
                : EF.Functions.Like(a.Name.ToLower(), startsWith, "\\") ? 2 : 3)
            .ThenBy(a => a.Number)
            .Take(limit)
            .Select(a => new { a.Id, a.Number, a.Name, a.City, a.Region })
            .ToListAsync(cancellationToken);
        var hits = accounts
            .Select(a => new SearchHit(a.Name, Join(a.Number, Join(a.City, a.Region, ", "), " · "), DetailsPath(a.Id)))
            .ToList();
        if (hits.Count == limit)
            return hits;

        var found = accounts.Select(a => a.Id).ToList();
        var byLocation = await db.Locations.AsNoTracking()
            .Where(l => EF.Functions.Like(l.Street1.ToLower(), contains, "\\") ||
                        EF.Functions.Like(l.City.ToLower(), contains, "\\") ||
                        EF.Functions.Like((l.PostalCode ?? "").ToLower(), contains, "\\"))
            .Where(l => !found.Contains(l.AccountId))
            .Join(db.Accounts, l => l.AccountId, a => a.Id, (l, a) => new { a.Id, a.Number, a.Name, l.Street1, l.City, l.Region, l.PostalCode })
            .OrderBy(x => x.Number).ThenBy(x => x.Street1)
            // Several locations of one account may match; a few extra rows leave room to show distinct accounts.
            .Take(limit * 4)
            .ToListAsync(cancellationToken);
        hits.AddRange(byLocation
            .DistinctBy(x => x.Id)
            .Take(limit - hits.Count)
            .Select(x => new SearchHit(x.Name,
                $"{x.Number} · location: {Join(x.Street1, Join(x.City, Join(x.Region, x.PostalCode, " "), ", "), ", ")}",
                DetailsPath(x.Id))));
        return hits;
    }

    private static string DetailsPath(Guid id) => $"/accounts/details/{id}";

    private static string Join(string? first, string? second, string separator) =>
        string.IsNullOrWhiteSpace(first) ? second ?? "" : string.IsNullOrWhiteSpace(second) ? first : first + separator + second;
}
