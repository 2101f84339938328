namespace SelfCare.Accounts.Contracts;

/// <summary>The "account" filter of the integration API's lists: an external id or, failing that, an account number.</summary>
public static class AccountFilterLookup
{
    public static string UnknownMessage(string key) => $"No account has the external id or number '{key}'.";

    /// <summary>The visible account whose external id is <paramref name="key"/>, else whose number is; null when none.</summary>
    public static async Task<AccountReference?> FindByExternalIdOrNumberAsync(this IAccountReferences accounts, string key,
        CancellationToken cancellationToken) =>
        await accounts.FindAsync(key, null, cancellationToken) ?? await accounts.FindAsync(null, key, cancellationToken);
}
