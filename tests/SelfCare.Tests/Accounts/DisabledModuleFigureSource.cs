using SelfCare.Accounts.Contracts;

namespace SelfCare.Tests.Accounts;

/// <summary>A figure of a module no tenant has on: Accounts must never ask it nor show it.</summary>
internal sealed class DisabledModuleFigureSource : IAccountFigureSource
{
    public string ModuleId => "Tickets";

    public IReadOnlyList<AccountFigure> Figures { get; } = [new("open-tickets", "Open tickets", AccountFigureKind.Count, 5, "/tickets")];

    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, decimal>>> ValuesAsync(
        IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("A source of a disabled module was asked for figures.");
}
