using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Billing.Ledger;

namespace SelfCare.Billing.Summary;

/// <summary>The Summary page's "Open invoices" box: invoices in the user's scope with something owed, oldest due date first.</summary>
/// <remarks>Public because MVC discovers only public view components.</remarks>
[ViewComponent(Name = "OpenInvoices")]
public sealed class OpenInvoicesViewComponent : ViewComponent
{
    public const int Shown = 10;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var services = HttpContext.RequestServices;
        var ct = HttpContext.RequestAborted;
        var open = await services.GetRequiredService<SummaryLedger>().OpenInvoicesAsync(ct);
        var first = open.Take(Shown).ToList();
        var accounts = await services.GetRequiredService<SummaryAccounts>().LoadAsync(ct);
        var rows = first.Select(i => new OpenInvoiceRow(i.Id, i.Number, accounts.TryGetValue(i.AccountId, out var a) ? a.Number : "",
            i.DueDate, Money.Format(i.Balance, i.Currency), i.Figures.Status.Label(), i.Figures.Status == InvoiceStatus.PastDue)).ToList();
        var currency = open.Select(i => i.Currency).FirstOrDefault();
        return View(new OpenInvoicesWidgetModel(open.Count, Money.Format(open.Sum(i => i.Balance), currency), rows));
    }
}
