using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace SelfCare.Billing.Summary;

/// <summary>The Summary page's "Recent account activity" box: the newest invoices, payments and adjustments in the user's scope.</summary>
/// <remarks>Public because MVC discovers only public view components.</remarks>
[ViewComponent(Name = "RecentBillingActivity")]
public sealed class RecentActivityViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var services = HttpContext.RequestServices;
        var ct = HttpContext.RequestAborted;
        var entries = await services.GetRequiredService<SummaryLedger>().RecentAsync(ct);
        var accounts = await services.GetRequiredService<SummaryAccounts>().LoadAsync(ct);
        return View((IReadOnlyList<ActivityRow>)[.. entries.Select(e => new ActivityRow(Type(e.Kind, e.Amount),
            // Payments and credits lower the balance: shown negative, as on a statement.
            Money.Format(e.Kind is ActivityKind.Payment or ActivityKind.Credit ? -e.Amount : e.Amount, e.Currency),
            accounts.TryGetValue(e.AccountId, out var a) ? a.Number : "", e.Description, e.Date, e.InvoiceId))]);
    }

    private static string Type(ActivityKind kind, decimal amount) => kind switch
    {
        ActivityKind.Invoice => "Invoice",
        ActivityKind.Payment => amount < 0 ? "Refund" : "Payment",
        ActivityKind.Credit => "Credit",
        _ => "Debit",
    };
}
