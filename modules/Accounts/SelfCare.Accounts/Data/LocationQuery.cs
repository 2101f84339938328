using Microsoft.EntityFrameworkCore;

namespace SelfCare.Accounts.Data;

/// <summary>The Locations list's filter, shared by the page and its exports so both hold the same rows.</summary>
internal static class LocationQuery
{
    public static IQueryable<Location> Filter(AccountsDbContext db, Guid? account, string? typed)
    {
        var query = db.Locations.AsNoTracking();
        if (account is { } id)
            query = query.Where(l => l.AccountId == id);
        if (TextSearch.Pattern(typed) is { } p)
            query = query.Where(l =>
                EF.Functions.Like(l.Name.ToLower(), p, "\\") ||
                EF.Functions.Like(l.Street1.ToLower(), p, "\\") ||
                EF.Functions.Like(l.City.ToLower(), p, "\\") ||
                EF.Functions.Like((l.Region ?? "").ToLower(), p, "\\") ||
                EF.Functions.Like((l.PostalCode ?? "").ToLower(), p, "\\"));
        return query.OrderBy(l => l.Name).ThenBy(l => l.Id);
    }
}
