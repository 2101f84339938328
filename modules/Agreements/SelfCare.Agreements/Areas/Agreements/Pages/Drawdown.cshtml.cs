using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;
using SelfCare.Platform.Security;

namespace SelfCare.Agreements.Areas.Agreements.Pages;

/// <summary>Tenant admins choose, per agreement type, which pre-paid hours are drawn first (/agreements/drawdown); billable comes last.</summary>
[Authorize(Roles = PortalRoles.TenantAdmin)]
internal sealed class DrawdownModel(DrawOrders orders) : PageModel
{
    public IReadOnlyDictionary<AgreementType, IReadOnlyList<BucketKind>> Orders { get; private set; } = new Dictionary<AgreementType, IReadOnlyList<BucketKind>>();

    public async Task OnGetAsync(CancellationToken ct) => Orders = await orders.AllAsync(ct);

    public async Task<IActionResult> OnPostAsync(AgreementType? type, BucketKind? first, CancellationToken ct)
    {
        if (type is not { } t || !Enum.IsDefined(t) || first is not { } f || !Enum.IsDefined(f))
        {
            ModelState.AddModelError("first", "Choose the agreement type and which hours are drawn first.");
            Orders = await orders.AllAsync(ct);
            return Page();
        }
        await orders.SetAsync(t, f == BucketKind.Included ? [BucketKind.Included, BucketKind.Block] : [BucketKind.Block, BucketKind.Included], ct);
        TempData["Status"] = $"{AgreementRules.TypeLabel(t)}: drawdown order saved.";
        return RedirectToPage();
    }
}
