using SelfCare.Accounts.Contracts;

namespace SelfCare.Tests.Accounts;

/// <summary>A figure of a module no tenant has on: Accounts must never ask it nor show it.</summary>
internal sealed class DisabledModuleFigureSource : IAccountFigureSource
{
    public string ModuleId => "NotInstalled";

    public IReadOnlyList<AccountFigure> Figures { get; } = [new("not-installed", "Not installed figure", AccountFigureKind.Count, 5, "/not-installed")];

    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, decimal>>> ValuesAsync(
        IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("A source of a disabled module was asked for figures.");
}
