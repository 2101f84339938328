using Microsoft.EntityFrameworkCore;

namespace SelfCare.Accounts.Data;

/// <summary>The Contacts list's filter, shared by the page and its exports so both hold the same rows.</summary>
internal static class ContactQuery
{
    public static IQueryable<Contact> Filter(AccountsDbContext db, Guid? account, bool? active, string? typed)
    {
        // The account scope is the DbContext's query filter; these are the page's own filters.
        var query = db.Contacts.AsNoTracking();
        if (account is { } id)
            query = query.Where(c => c.AccountId == id);
        if (active is { } a)
            query = query.Where(c => c.Active == a);
        if (TextSearch.Pattern(typed) is { } p)
            query = query.Where(c =>
                EF.Functions.Like(c.Name.ToLower(), p, "\\") ||
                EF.Functions.Like((c.Role ?? "").ToLower(), p, "\\") ||
                EF.Functions.Like((c.Email ?? "").ToLower(), p, "\\") ||
                EF.Functions.Like((c.OfficePhone ?? "").ToLower(), p, "\\") ||
                EF.Functions.Like((c.MobilePhone ?? "").ToLower(), p, "\\"));
        return query.OrderBy(c => c.Name).ThenBy(c => c.Id);
    }
}
