using SelfCare.Billing.Data;

namespace SelfCare.Billing.Areas.Billing.Pages.Methods;

/// <summary>Which of an account's saved methods its active autopay charges (that one may not be removed).</summary>
internal static class AutopayUse
{
    // TODO(autopay): query the active AutopayEnrolment's PaymentMethodId once the Autopay enrolment (helper A) is committed.
    public static Task<Guid?> MethodOfAsync(BillingDbContext db, Guid accountId, CancellationToken ct) => Task.FromResult<Guid?>(null);
}
