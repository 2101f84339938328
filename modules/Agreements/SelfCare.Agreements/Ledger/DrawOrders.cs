using Microsoft.EntityFrameworkCore;
using SelfCare.Agreements.Data;

namespace SelfCare.Agreements.Ledger;

/// <summary>The tenant's drawdown order per agreement type (Admin > Agreements), with <see cref="Drawdown.DefaultFor"/> where none is set.</summary>
internal sealed class DrawOrders(AgreementsDbContext db)
{
    public async Task<IReadOnlyList<BucketKind>> ForAsync(AgreementType type, CancellationToken ct) =>
        await db.DrawOrders.AsNoTracking().FirstOrDefaultAsync(d => d.Type == type, ct) is { } set
            ? Drawdown.ParseOrder(set.Order)
            : Drawdown.DefaultFor(type);

    public async Task<IReadOnlyDictionary<AgreementType, IReadOnlyList<BucketKind>>> AllAsync(CancellationToken ct)
    {
        var set = await db.DrawOrders.AsNoTracking().ToDictionaryAsync(d => d.Type, d => d.Order, ct);
        return Enum.GetValues<AgreementType>().ToDictionary(t => t,
            t => set.TryGetValue(t, out var o) ? Drawdown.ParseOrder(o) : Drawdown.DefaultFor(t));
    }

    public async Task SetAsync(AgreementType type, IReadOnlyList<BucketKind> order, CancellationToken ct)
    {
        var row = await db.DrawOrders.FirstOrDefaultAsync(d => d.Type == type, ct);
        if (row is null)
            db.DrawOrders.Add(row = new DrawOrderSetting { Type = type });
        row.Order = string.Join(',', order);
        await db.SaveChangesAsync(ct);
    }
}
