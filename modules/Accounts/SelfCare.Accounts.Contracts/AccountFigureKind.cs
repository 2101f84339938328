namespace SelfCare.Accounts.Contracts;

public enum AccountFigureKind
{
    /// <summary>A whole number of things (services, open orders).</summary>
    Count,

    /// <summary>An amount in the tenant's currency (billed, balance).</summary>
    Money,
}
