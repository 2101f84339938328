using SelfCare.Accounts.Contracts;

namespace SelfCare.Host.Security;

/// <summary>
/// The accounts a customer linked to several accounts switches between, and the one chosen for this request (null: all
/// of them). Filled by <see cref="AccountScopeMiddleware"/>; the chosen account is kept in a cookie and checked
/// against the user's links on every request, so a forged id only ever falls back to "All my accounts".
/// </summary>
internal sealed class AccountSelection
{
    public const string CookieName = ".selfcare.account";

    /// <summary>The accounts the user is linked to, by number (empty for staff and tenant admins).</summary>
    public IReadOnlyList<AccountEntry> Choices { get; private set; } = [];

    public AccountEntry? Current { get; private set; }

    public void Set(IReadOnlyList<AccountEntry> choices, AccountEntry? current)
    {
        Choices = choices;
        Current = current;
    }

    /// <summary>The cookie value: bound to the user, so another login in the same browser never inherits it.</summary>
    public static string CookieValue(string userId, Guid accountId) => $"{userId}|{accountId}";

    public static Guid? Parse(string? cookie, string userId) =>
        cookie?.Split('|') is [var user, var account] && user == userId && Guid.TryParse(account, out var id) ? id : null;
}
