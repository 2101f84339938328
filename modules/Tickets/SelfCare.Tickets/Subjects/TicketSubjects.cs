using Microsoft.EntityFrameworkCore;
using Microsoft.FeatureManagement;
using SelfCare.Tickets.Contracts;
using SelfCare.Tickets.Data;

namespace SelfCare.Tickets.Subjects;

/// <summary>
/// What a ticket can be about: the account itself, another ticket of the account (both handled here) and the kinds
/// other modules offer (<see cref="ITicketSubjectSource"/>, skipped when their module is off). All within the caller's scope.
/// </summary>
internal sealed class TicketSubjects(IEnumerable<ITicketSubjectSource> sources, IVariantFeatureManager features, TicketsDbContext db)
{
    public const string AccountKind = "account";
    public const string TicketKind = "ticket";

    private List<ITicketSubjectSource>? _enabled;

    public async Task<IReadOnlyList<SubjectKind>> KindsAsync(CancellationToken ct) =>
        [new(AccountKind, "The account itself"), .. (await EnabledAsync(ct)).Select(s => new SubjectKind(s.Kind, s.Label)), new(TicketKind, "Another ticket")];

    /// <summary>The visible item of this kind and id, or null (unknown kind, missing, outside the scope or module off).</summary>
    public async Task<TicketSubject?> FindAsync(string kind, Guid id, CancellationToken ct)
    {
        if (kind == TicketKind)
            return (await db.Tickets.AsNoTracking().Where(t => t.Id == id).Select(t => new { t.Id, t.Number, t.Subject, t.AccountId })
                .FirstOrDefaultAsync(ct)) is { } t ? TicketSubject(t.Id, t.Number, t.Subject, t.AccountId) : null;
        return (await EnabledAsync(ct)).FirstOrDefault(s => s.Kind == kind) is { } source ? await source.FindAsync(id, ct) : null;
    }

    /// <summary>The items of one kind on one account, for the drop-down (empty for the account itself or an unknown kind).</summary>
    public async Task<IReadOnlyList<TicketSubject>> ListAsync(string kind, Guid accountId, CancellationToken ct)
    {
        if (kind == TicketKind)
            return [.. (await db.Tickets.AsNoTracking().Where(t => t.AccountId == accountId).OrderByDescending(t => t.Number).Take(200)
                    .Select(t => new { t.Id, t.Number, t.Subject, t.AccountId }).ToListAsync(ct))
                .Select(t => TicketSubject(t.Id, t.Number, t.Subject, t.AccountId))];
        return (await EnabledAsync(ct)).FirstOrDefault(s => s.Kind == kind) is { } source ? await source.ListAsync(accountId, ct) : [];
    }

    /// <summary>Parses "kind:id" (?about=service:{id}); null when malformed.</summary>
    public static (string Kind, Guid? Id)? Parse(string? about)
    {
        if (string.IsNullOrWhiteSpace(about))
            return null;
        var parts = about.Trim().Split(':', 2);
        if (parts.Length == 1)
            return (parts[0].ToLowerInvariant(), null);
        return Guid.TryParse(parts[1], out var id) ? (parts[0].ToLowerInvariant(), id) : null;
    }

    private static TicketSubject TicketSubject(Guid id, long number, string subject, Guid account) =>
        new(TicketKind, id, $"Ticket #{number} – {subject}", account, $"/tickets/{number}");

    private async Task<List<ITicketSubjectSource>> EnabledAsync(CancellationToken ct)
    {
        if (_enabled is null)
        {
            _enabled = [];
            foreach (var source in sources)
                if (await features.IsEnabledAsync(source.ModuleId, ct))
                    _enabled.Add(source);
        }
        return _enabled;
    }
}
