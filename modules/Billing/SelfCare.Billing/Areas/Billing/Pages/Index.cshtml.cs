using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Data;

namespace SelfCare.Billing.Areas.Billing.Pages;

[Authorize]
internal sealed class IndexModel(BillingDbContext db) : PageModel
{
    public int Count { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Count = await db.Invoices.CountAsync(ct);
}
