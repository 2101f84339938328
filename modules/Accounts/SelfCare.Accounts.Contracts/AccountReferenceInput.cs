namespace SelfCare.Accounts.Contracts;

/// <summary>
/// The account field pair of integration API bodies: <c>accountExternalId</c> or <c>accountNumber</c>, exactly one.
/// Shared by every module's upserts so they refuse and resolve accounts with the same field messages.
/// </summary>
public static class AccountReferenceInput
{
    public const string ExternalIdField = "accountExternalId";
    public const string NumberField = "accountNumber";

    /// <summary>Reports (field, message) when neither or both are given or the number is too long; the caller checks the external id's format.</summary>
    public static void Check(string? externalId, string? number, Action<string, string> error)
    {
        var hasExternalId = !string.IsNullOrWhiteSpace(externalId);
        var hasNumber = !string.IsNullOrWhiteSpace(number);
        if (!hasExternalId && !hasNumber)
            error(ExternalIdField, "Name the account: accountExternalId (its external id) or accountNumber.");
        else if (hasExternalId && hasNumber)
            error(ExternalIdField, "Give accountExternalId or accountNumber, not both.");
        else if (hasNumber && number!.Trim().Length > 40)
            error(NumberField, "The account number can have at most 40 characters.");
    }

    /// <summary>The named account, or null after reporting which one was not found.</summary>
    public static async Task<AccountReference?> ResolveAsync(this IAccountReferences references, string? externalId, string? number,
        Action<string, string> error, CancellationToken cancellationToken)
    {
        var byExternalId = !string.IsNullOrWhiteSpace(externalId);
        var account = await references.FindAsync(byExternalId ? externalId : null, byExternalId ? null : number?.Trim(), cancellationToken);
        if (account is null && byExternalId)
            error(ExternalIdField, $"No account has the external id '{externalId}'. Create the account first.");
        else if (account is null)
            error(NumberField, $"No account has the number '{number?.Trim()}'.");
        return account;
    }
}
