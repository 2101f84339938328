using SelfCare.Accounts.Contracts;

namespace SelfCare.Tests.Accounts;

/// <summary>A money figure without a list page, worth 1,234.50 per account, that records every call.</summary>
internal sealed class CountingFigureSource(FigureCalls calls) : IAccountFigureSource
{
    public string ModuleId => "Accounts";

    public IReadOnlyList<AccountFigure> Figures { get; } = [new("test-balance", "Test balance", AccountFigureKind.Money, 50, null)];

    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, decimal>>> ValuesAsync(
        IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken)
    {
        calls.Requests.Enqueue([.. accountIds]);
        IReadOnlyDictionary<Guid, decimal> values = accountIds.ToDictionary(id => id, _ => 1234.50m);
        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, decimal>>>(
            new Dictionary<string, IReadOnlyDictionary<Guid, decimal>> { ["test-balance"] = values });
    }
}
