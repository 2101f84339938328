using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Orders.Data;

namespace SelfCare.Orders.Figures;

/// <summary>
/// The "open orders" figure of each account (its own orders not yet Completed) for the Accounts module's summary,
/// list and hierarchy totals. Counted through the scoped DbContext, so another account's orders never count.
/// </summary>
internal sealed class OrderFigures(OrdersDbContext db) : IAccountFigureSource
{
    public const string OpenOrdersKey = "open-orders";

    public string ModuleId => OrdersModule.Id;

    public IReadOnlyList<AccountFigure> Figures { get; } =
        [new(OpenOrdersKey, "Open orders", AccountFigureKind.Count, 20, "/orders")];

    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, decimal>>> ValuesAsync(
        IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken)
    {
        var ids = accountIds.Distinct().ToList();
        var counts = ids.Count == 0
            ? []
            : await db.Orders.AsNoTracking().Where(o => ids.Contains(o.AccountId) && o.Status != OrderStatus.Completed)
                .GroupBy(o => o.AccountId).Select(g => new { AccountId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(c => c.AccountId, c => (decimal)c.Count, cancellationToken);
        return new Dictionary<string, IReadOnlyDictionary<Guid, decimal>> { [OpenOrdersKey] = counts };
    }
}
