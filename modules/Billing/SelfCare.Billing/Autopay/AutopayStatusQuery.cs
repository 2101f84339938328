using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Contracts.Gateway;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;
using SelfCare.Billing.Payments;
using SelfCare.Billing.Totals;

namespace SelfCare.Billing.Autopay;

/// <summary>
/// The autopay line of the Bill Summary box over the caller's scope, in at most two indexed queries (the enrolments with
/// their method and last attempt; then the next invoice still owed on an enrolled account, from the ledger totals
/// <see cref="InvoiceTotals"/> kept with every ledger write).
/// </summary>
internal sealed class AutopayStatusQuery(BillingDbContext db, TenantToday today)
{
    public const string NotEnrolled = "Autopay: not enrolled";
    private const int UpcomingLooked = 20;
    private static readonly CultureInfo UnitedStates = CultureInfo.GetCultureInfo("en-US");

    public async Task<string> ForScopeAsync(CancellationToken ct)
    {
        var attempts = db.Set<AutopayAttempt>();
        var enrolled = await (
                from e in db.Set<AutopayEnrolment>()
                where e.Active
                join m in db.Set<SavedPaymentMethod>() on e.PaymentMethodId equals m.Id
                select new
                {
                    e.AccountId, m.Kind, m.Brand, m.Last4,
                    LastFailed = attempts.Where(a => a.AccountId == e.AccountId).OrderByDescending(a => a.ChargeDate).ThenByDescending(a => a.AttemptNo)
                        .Select(a => a.Outcome == AutopayOutcome.Failed ? a.Message ?? "declined" : null).FirstOrDefault(),
                })
            .AsNoTracking().ToListAsync(ct);
        if (enrolled.Count == 0)
            return NotEnrolled;

        var first = enrolled[0];
        var method = enrolled.Count == 1 ? $"{Ending(first.Kind, first.Brand, first.Last4)}" : $"{enrolled.Count} accounts";
        if (enrolled.FirstOrDefault(e => e.LastFailed is not null) is { } failed)
            return $"Autopay: on — {method}; the last charge failed ({failed.LastFailed.TrimEnd('.')}). Pay it manually or change the method.";
        var next = await NextChargeAsync(enrolled.Select(e => e.AccountId).ToList(), ct);
        return next is { } n
            ? $"Autopay: on — {method}, next charge {n.Date.ToString("MMM d, yyyy", UnitedStates)} {PaymentMoney.Format(n.Amount, n.Currency)}"
            : $"Autopay: on — {method}, nothing due";
    }

    private async Task<(DateOnly Date, decimal Amount, string Currency)?> NextChargeAsync(List<Guid> accounts, CancellationToken ct)
    {
        var day = today.Value;
        var owed = await db.Set<InvoiceTotals>()
            .Where(t => accounts.Contains(t.AccountId) && t.DueDate >= day && t.BalanceCents > 0)
            .OrderBy(t => t.DueDate).Take(UpcomingLooked)
            .Select(t => new { t.DueDate, t.Currency, Cents = t.BalanceCents })
            .AsNoTracking().ToListAsync(ct);
        if (owed.Count == 0)
            return null;
        var date = owed[0].DueDate;
        return (date, owed.Where(o => o.DueDate == date).Sum(o => o.Cents) / 100m, owed[0].Currency);
    }

    private static string Ending(PaymentMethodKind kind, CardBrand brand, string last4) =>
        kind == PaymentMethodKind.Ach ? $"bank account ending {last4}" : $"{PaymentMethodLabel.BrandName(brand)} ending {last4}";
}
