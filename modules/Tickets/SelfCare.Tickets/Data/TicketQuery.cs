using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;

namespace SelfCare.Tickets.Data;

/// <summary>
/// The customer list and the staff queue: the account scope comes from the DbContext's query filter; this adds the
/// account (with its children), status, category, priority, assignee and search filters. Pages and exports share it.
/// </summary>
internal sealed class TicketQuery(TicketsDbContext db, IAccountDirectory directory)
{
    public const int SearchMaxLength = 100;

    /// <summary>The accounts the user may see, by id.</summary>
    public async Task<IReadOnlyDictionary<Guid, AccountEntry>> AccountsAsync(CancellationToken ct) =>
        (await directory.FindAsync(null, ct)).ToDictionary(a => a.Id);

    /// <summary>The filtered tickets (unordered); null when the filter names an account outside the scope.</summary>
    public IQueryable<Ticket>? Build(TicketFilter filter, IReadOnlyDictionary<Guid, AccountEntry> accounts, string? me)
    {
        var query = db.Tickets.AsNoTracking();
        if (filter.Account is { } root)
        {
            if (!accounts.ContainsKey(root))
                return null;
            var ids = AccountSubtree.SelfAndDescendants(root, accounts.Values);
            query = query.Where(t => ids.Contains(t.AccountId));
        }
        if (filter.Status is { } status)
            query = query.Where(t => t.Status == status);
        else if (filter.ActiveOnly)
            query = query.Where(t => t.Status == TicketStatus.New || t.Status == TicketStatus.Open || t.Status == TicketStatus.WaitingOnClient);
        if (filter.Category is { } category)
            query = query.Where(t => t.Category == category);
        if (filter.Priority is { } priority)
            query = query.Where(t => t.Priority == priority);
        if (filter.Assignee == "unassigned")
            query = query.Where(t => t.AssignedTo == null);
        else if (filter.Assignee == "me")
            query = query.Where(t => t.AssignedTo == me);
        else if (!string.IsNullOrEmpty(filter.Assignee))
            query = query.Where(t => t.AssignedTo == filter.Assignee);
        var q = filter.Search?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            q = q.Length > SearchMaxLength ? q[..SearchMaxLength] : q;
            var number = long.TryParse(q.TrimStart('#'), out var n) ? n : -1;
            if (SubjectIndex(q) is { } matching)
                query = query.Where(t => t.Number == number || matching.Contains(t.Number));
            else
            {
                var pattern = Like(q);
                query = query.Where(t => t.Number == number || EF.Functions.Like(t.Subject.ToLower(), pattern, "\\"));
            }
        }
        return query;
    }

    /// <summary>
    /// On SQLite, the numbers of the tickets whose subject contains <paramref name="text"/>, from the trigram index (migration 0003),
    /// or null where that index cannot answer: text under 3 characters, or with LIKE's wildcards (the index takes no ESCAPE).
    /// PostgreSQL's trigram index serves the plain LIKE itself.
    /// </summary>
    private IQueryable<long>? SubjectIndex(string text)
    {
        if (!db.Database.IsSqlite() || text.Length < 3 || text.IndexOfAny(['%', '_', '\\']) >= 0)
            return null;
        var pattern = $"%{text}%";
        return db.Database.SqlQuery<long>($"SELECT rowid AS \"Value\" FROM \"tickets_subject_fts\" WHERE \"Subject\" LIKE {pattern}");
    }

    public static IQueryable<TicketListItem> Items(IQueryable<Ticket> tickets) =>
        tickets.Select(t => new TicketListItem(t.Id, t.Number, t.AccountId, t.Category, t.Priority, t.Status, t.Subject, t.AboutTitle,
            t.AssignedTo, t.CreatedAt, t.UpdatedAt));

    /// <summary>Newest first: the customer's list.</summary>
    public static IQueryable<Ticket> Newest(IQueryable<Ticket> tickets) => tickets.OrderByDescending(t => t.Number);

    /// <summary>Unassigned first, then oldest first: the staff queue (first come, first served).</summary>
    public static IQueryable<Ticket> QueueOrder(IQueryable<Ticket> tickets) =>
        tickets.OrderBy(t => t.AssignedTo == null ? 0 : 1).ThenBy(t => t.Number);

    public static string Like(string text) =>
        $"%{text.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
}
