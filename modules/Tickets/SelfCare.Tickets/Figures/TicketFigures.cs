using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Tickets.Data;

namespace SelfCare.Tickets.Figures;

/// <summary>The "open tickets" figure of each account (the seed's Account Summary box), counted through the scoped DbContext.</summary>
internal sealed class TicketFigures(TicketsDbContext db) : IAccountFigureSource
{
    public const string OpenTicketsKey = "open-tickets";

    public string ModuleId => TicketsModule.Id;

    public IReadOnlyList<AccountFigure> Figures { get; } =
        [new(OpenTicketsKey, "Open tickets", AccountFigureKind.Count, 25, "/tickets")];

    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, decimal>>> ValuesAsync(
        IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken)
    {
        var ids = accountIds.Distinct().ToList();
        var counts = await db.Tickets.AsNoTracking()
            .Where(t => ids.Contains(t.AccountId) && (t.Status == TicketStatus.New || t.Status == TicketStatus.Open || t.Status == TicketStatus.WaitingOnClient))
            .GroupBy(t => t.AccountId).Select(g => new { AccountId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.AccountId, c => (decimal)c.Count, cancellationToken);
        return new Dictionary<string, IReadOnlyDictionary<Guid, decimal>> { [OpenTicketsKey] = counts };
    }
}
