using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Billing.Payments;

namespace SelfCare.Billing.Areas.Billing.Pages.Payments;

/// <summary>One payment: its status, where it was applied and, for portal payments, the fee and confirmation.</summary>
[Authorize]
internal sealed class ReceiptModel(BillingDbContext db, IAccountDirectory accounts) : PageModel
{
    public Payment Payment { get; private set; } = null!;
    public AccountEntry? Account { get; private set; }
    public PortalCharge? Charge { get; private set; }
    public IReadOnlyList<(string Number, decimal Amount)> Applied { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var payment = await db.Payments.AsNoTracking().Include(p => p.Allocations).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (payment is null)
            return NotFound();
        Payment = payment;
        Account = (await accounts.FindAsync([payment.AccountId], ct)).FirstOrDefault();
        Charge = await db.Set<PortalCharge>().AsNoTracking().FirstOrDefaultAsync(c => c.PaymentId == id, ct);
        var invoiceIds = payment.Allocations.Select(a => a.InvoiceId).ToList();
        var numbers = await db.Invoices.AsNoTracking().Where(i => invoiceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Number, ct);
        Applied = payment.Allocations.Select(a => (numbers.GetValueOrDefault(a.InvoiceId, "?"), a.Amount)).OrderBy(a => a.Item1).ToList();
        return Page();
    }
}
