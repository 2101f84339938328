using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Data;
using SelfCare.Accounts.Figures;

namespace SelfCare.Accounts.Widgets;

/// <summary>The Summary page's "Account Summary" box: what the user's scope holds, with other modules' figures summed over it.</summary>
/// <remarks>Public because MVC discovers only public view components; the DbContext stays internal.</remarks>
[ViewComponent(Name = "AccountSummary")]
public sealed class AccountSummaryViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var services = HttpContext.RequestServices;
        var db = services.GetRequiredService<AccountsDbContext>();
        var ct = HttpContext.RequestAborted;
        var accounts = await db.Accounts.AsNoTracking().Select(a => new { a.Id, a.Status }).ToListAsync(ct);
        var locations = await db.Locations.AsNoTracking().CountAsync(ct);
        var ids = accounts.Select(a => a.Id).ToList();
        var table = await services.GetRequiredService<AccountFigures>().LoadAsync(ids, ct);
        var figures = table.Figures
            .Select(f => new AccountSummaryFigure(f.Key, f.Label, FigureTable.Format(f, table.Sum(f, ids)), f.ListPath))
            .ToList();
        return View(new AccountSummaryWidgetModel(accounts.Count, accounts.Count(a => a.Status == AccountStatus.Active), locations, figures));
    }
}
