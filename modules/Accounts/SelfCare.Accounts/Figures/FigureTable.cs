using System.Globalization;
using SelfCare.Accounts.Contracts;

namespace SelfCare.Accounts.Figures;

/// <summary>The enabled figures, in display order, with each account's value (missing means 0).</summary>
internal sealed class FigureTable(IReadOnlyList<AccountFigure> figures, IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, decimal>> values)
{
    public IReadOnlyList<AccountFigure> Figures { get; } = figures;

    public decimal Value(AccountFigure figure, Guid accountId) =>
        values.TryGetValue(figure.Key, out var byAccount) ? byAccount.GetValueOrDefault(accountId) : 0m;

    public decimal Sum(AccountFigure figure, IEnumerable<Guid> accountIds) => accountIds.Sum(id => Value(figure, id));

    /// <summary>A count as a whole number, money with two decimals (the currency is the tenant's).</summary>
    public static string Format(AccountFigure figure, decimal value) => figure.Kind == AccountFigureKind.Money
        ? value.ToString("N2", CultureInfo.InvariantCulture)
        : value.ToString("N0", CultureInfo.InvariantCulture);
}
