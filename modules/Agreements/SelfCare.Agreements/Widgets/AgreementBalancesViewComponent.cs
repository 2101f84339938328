using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;

namespace SelfCare.Agreements.Widgets;

/// <summary>Summary box: the scope's active agreements with their pre-paid balances, and support hours per month over 12 months.</summary>
/// <remarks>Public because MVC discovers only public view components; rows are read through the scoped DbContext.</remarks>
[ViewComponent(Name = "AgreementBalances")]
public sealed class AgreementBalancesViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var services = HttpContext.RequestServices;
        var db = services.GetRequiredService<AgreementsDbContext>();
        var day = services.GetRequiredService<TenantToday>().Value;
        var active = (await db.Agreements.AsNoTracking().Where(a => a.CancelledAt == null).OrderBy(a => a.Number).Take(200).ToListAsync())
            .Where(a => a.StatusOn(day) == AgreementStatus.Active).ToList();
        var buckets = await services.GetRequiredService<BalanceQuery>().BucketsAsync(active, default);
        var rows = active.Select(a =>
        {
            var live = buckets[a.Id].Where(b => b.Balance > 0).ToList();
            return new AgreementBalanceRow(a.Id, a.Number, a.Title, live.Sum(b => b.Balance), live.Where(b => b.ExpiresOn is not null).Min(b => b.ExpiresOn));
        }).ToList();
        var first = Upkeep.FirstOfMonth(day).AddMonths(-11);
        var time = (await db.TimeEntries.AsNoTracking().Where(t => t.WorkedOn >= first).Select(t => new { t.WorkedOn, t.Minutes, t.BillableMinutes }).ToListAsync())
            .GroupBy(t => Upkeep.FirstOfMonth(t.WorkedOn)).ToDictionary(g => g.Key, g => (Drawn: g.Sum(t => t.Minutes - t.BillableMinutes), Billable: g.Sum(t => t.BillableMinutes)));
        var months = Enumerable.Range(0, 12).Select(i => first.AddMonths(i))
            .Select(m => time.TryGetValue(m, out var v) ? new UsageMonth(m, v.Drawn, v.Billable) : new UsageMonth(m, 0, 0)).ToList();
        return View(new AgreementBalancesWidgetModel(rows, months));
    }
}
