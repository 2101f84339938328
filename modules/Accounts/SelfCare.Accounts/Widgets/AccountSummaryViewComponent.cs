using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Data;

namespace SelfCare.Accounts.Widgets;

/// <summary>The Summary page's "Account Summary" box: what the user's scope holds.</summary>
/// <remarks>Public because MVC discovers only public view components; the DbContext stays internal.</remarks>
[ViewComponent(Name = "AccountSummary")]
public sealed class AccountSummaryViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var db = HttpContext.RequestServices.GetRequiredService<AccountsDbContext>();
        var accounts = await db.Accounts.AsNoTracking().CountAsync();
        var active = await db.Accounts.AsNoTracking().CountAsync(a => a.Status == AccountStatus.Active);
        return View(new AccountSummaryWidgetModel(accounts, active));
    }
}
