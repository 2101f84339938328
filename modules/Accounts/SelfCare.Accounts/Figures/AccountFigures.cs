using Microsoft.FeatureManagement;
using SelfCare.Accounts.Contracts;

namespace SelfCare.Accounts.Figures;

/// <summary>
/// Gathers the per-account figures other modules contribute (<see cref="IAccountFigureSource"/>), skipping modules
/// the tenant turned off: one call per source for a whole set of accounts, never one per account.
/// </summary>
internal sealed class AccountFigures(IEnumerable<IAccountFigureSource> sources, IVariantFeatureManager features)
{
    public async Task<FigureTable> LoadAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken ct)
    {
        var figures = new List<AccountFigure>();
        var values = new Dictionary<string, IReadOnlyDictionary<Guid, decimal>>();
        foreach (var source in sources)
        {
            if (!await features.IsEnabledAsync(source.ModuleId, ct))
                continue;
            var sourceValues = accountIds.Count == 0
                ? new Dictionary<string, IReadOnlyDictionary<Guid, decimal>>()
                : await source.ValuesAsync(accountIds, ct);
            foreach (var figure in source.Figures)
            {
                // First source wins a key: two modules claiming one key is a bug, but must not break the page.
                if (!values.TryAdd(figure.Key, sourceValues.GetValueOrDefault(figure.Key) ?? new Dictionary<Guid, decimal>()))
                    continue;
                figures.Add(figure);
            }
        }
        return new FigureTable([.. figures.OrderBy(f => f.Order).ThenBy(f => f.Label, StringComparer.Ordinal)], values);
    }
}
