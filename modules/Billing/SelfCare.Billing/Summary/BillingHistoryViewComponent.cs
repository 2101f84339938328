using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace SelfCare.Billing.Summary;

/// <summary>The Summary page's chart: billed amounts and payments of the user's scope in each of the last 12 months, with the figures as a table.</summary>
/// <remarks>Public because MVC discovers only public view components.</remarks>
[ViewComponent(Name = "BillingHistory")]
public sealed class BillingHistoryViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ledger = HttpContext.RequestServices.GetRequiredService<SummaryLedger>();
        var ct = HttpContext.RequestAborted;
        var months = await ledger.MonthsAsync(ct);
        var currency = (await ledger.AccountsAsync(ct)).Select(a => a.Currency).FirstOrDefault(c => c.Length > 0);
        var chart = new BillingChart(months, amount => Money.Compact(amount, currency));
        return View(new BillingHistoryWidgetModel(chart, BillingChart.MonthName(months[0].Month), BillingChart.MonthName(months[^1].Month),
            Money.Format(months.Sum(m => m.Billed), currency), Money.Format(months.Sum(m => m.Paid), currency), a => Money.Format(a, currency)));
    }
}
