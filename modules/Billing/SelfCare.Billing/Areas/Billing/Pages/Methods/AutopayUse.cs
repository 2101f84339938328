using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Autopay;
using SelfCare.Billing.Data;

namespace SelfCare.Billing.Areas.Billing.Pages.Methods;

/// <summary>Which of an account's saved methods its active autopay charges (that one may not be removed).</summary>
internal static class AutopayUse
{
    public static Task<Guid?> MethodOfAsync(BillingDbContext db, Guid accountId, CancellationToken ct) =>
        db.Set<AutopayEnrolment>().AsNoTracking().Where(e => e.AccountId == accountId && e.Active)
            .Select(e => (Guid?)e.PaymentMethodId).FirstOrDefaultAsync(ct);
}
