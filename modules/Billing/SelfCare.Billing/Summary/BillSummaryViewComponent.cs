using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Billing.Autopay;
using SelfCare.Billing.Ledger;

namespace SelfCare.Billing.Summary;

/// <summary>
/// The Summary page's "Bill Summary" box over the user's scope: amount due (open invoices), account balance (the ledger,
/// unapplied credits included), past due, next due date, autopay state, Make a Payment and payment history.
/// </summary>
/// <remarks>Public because MVC discovers only public view components.</remarks>
[ViewComponent(Name = "BillSummary")]
public sealed class BillSummaryViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ledger = HttpContext.RequestServices.GetRequiredService<SummaryLedger>();
        var ct = HttpContext.RequestAborted;
        var open = await ledger.OpenInvoicesAsync(ct);
        var accounts = await ledger.AccountsAsync(ct);
        var currency = accounts.Select(a => a.Currency).FirstOrDefault(c => c.Length > 0);
        var pastDue = open.Where(i => i.Figures.Status == InvoiceStatus.PastDue).Sum(i => i.Balance);
        var next = open.Where(i => i.DueDate >= ledger.Today).Select(i => (DateOnly?)i.DueDate).Min();
        var autopay = await HttpContext.RequestServices.GetRequiredService<AutopayStatusQuery>().ForScopeAsync(ct);
        return View(new BillSummaryWidgetModel(
            Money.Format(open.Sum(i => i.Balance), currency), Money.Format(accounts.Sum(a => a.Balance), currency),
            Money.Format(pastDue, currency), pastDue > 0, next, autopay, open.Count));
    }
}
