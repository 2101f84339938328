using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;

namespace SelfCare.Services.Data;

/// <summary>
/// The "services" figure of each account (its own services, every status) for the Accounts module's summary, list
/// and hierarchy totals. Counted through the scoped DbContext, so another account's services never count.
/// </summary>
internal sealed class ServiceFigures(ServicesDbContext db) : IAccountFigureSource
{
    public const string ServicesKey = "services";

    public string ModuleId => ServicesModule.Id;

    public IReadOnlyList<AccountFigure> Figures { get; } =
        [new(ServicesKey, "Services", AccountFigureKind.Count, 10, "/services")];

    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, decimal>>> ValuesAsync(
        IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken)
    {
        var ids = accountIds.Distinct().ToList();
        var counts = ids.Count == 0
            ? []
            : await db.Services.AsNoTracking().Where(s => ids.Contains(s.AccountId))
                .GroupBy(s => s.AccountId).Select(g => new { AccountId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(c => c.AccountId, c => (decimal)c.Count, cancellationToken);
        return new Dictionary<string, IReadOnlyDictionary<Guid, decimal>> { [ServicesKey] = counts };
    }
}
