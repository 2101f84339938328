using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace SelfCare.Billing.Summary;

/// <summary>
/// The Summary page's "Account balances" box: each account of the user's scope with a ledger entry (a parent and its
/// child accounts), its own balance and past due amount. Absent when the scope bills a single account: the Bill Summary says it all.
/// </summary>
/// <remarks>Public because MVC discovers only public view components.</remarks>
[ViewComponent(Name = "AccountBalances")]
public sealed class AccountBalancesViewComponent : ViewComponent
{
    public const int Shown = 25;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var services = HttpContext.RequestServices;
        var ct = HttpContext.RequestAborted;
        var ledgers = await services.GetRequiredService<SummaryLedger>().AccountsAsync(ct);
        if (ledgers.Count < 2)
            return Content("");
        var accounts = await services.GetRequiredService<SummaryAccounts>().LoadAsync(ct);
        var rows = ledgers
            .Where(l => accounts.ContainsKey(l.Totals.AccountId))
            .Select(l => (Ledger: l, Account: accounts[l.Totals.AccountId]))
            .OrderBy(x => x.Account.Number, StringComparer.Ordinal)
            .Select(x => new AccountBalanceRow(x.Account.Id, x.Account.Number, x.Account.Name,
                Money.Format(x.Ledger.Balance, x.Ledger.Currency), Money.Format(x.Ledger.PastDue, x.Ledger.Currency), x.Ledger.PastDue > 0))
            .ToList();
        return View(new AccountBalancesWidgetModel(rows.Count, [.. rows.Take(Shown)]));
    }
}
