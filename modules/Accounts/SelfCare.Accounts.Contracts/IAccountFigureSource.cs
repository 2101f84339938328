namespace SelfCare.Accounts.Contracts;

/// <summary>
/// A module's per-account figures (Services: services; Orders: open orders; Billing later: billed amount and
/// balance) that the Accounts module shows on the Account Summary page, the accounts list, the Manage
/// Hierarchy group totals and the Summary box, without reading that module's tables. Register it scoped
/// as <c>IAccountFigureSource</c>; Accounts skips sources whose module's feature is off.
/// </summary>
public interface IAccountFigureSource
{
    /// <summary>The module (= feature) the figures belong to.</summary>
    string ModuleId { get; }

    IReadOnlyList<AccountFigure> Figures { get; }

    /// <summary>
    /// Per figure key, the value of each of <paramref name="accountIds"/> that has one (a missing account means 0).
    /// Counts only rows the caller's account scope may see.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, decimal>>> ValuesAsync(
        IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken);
}
