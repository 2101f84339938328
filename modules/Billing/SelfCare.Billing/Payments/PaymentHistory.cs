using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Platform.Documents;

namespace SelfCare.Billing.Payments;

/// <summary>Payments the caller may see (portal and billing system), newest first, with their export columns.</summary>
internal sealed class PaymentHistory(BillingDbContext db, IAccountDirectory accounts)
{
    public static readonly IReadOnlyList<ExportColumn<PaymentHistoryRow>> Columns =
    [
        ExportColumn<PaymentHistoryRow>.Date("Date", r => r.Date, width: 12),
        ExportColumn<PaymentHistoryRow>.Text("Account", r => r.Account, width: 14),
        ExportColumn<PaymentHistoryRow>.Text("Account name", r => r.AccountName, width: 36),
        ExportColumn<PaymentHistoryRow>.Money("Amount", r => r.Amount, PayableQuery.DefaultCurrency, width: 14),
        ExportColumn<PaymentHistoryRow>.Text("Currency", r => r.Currency, width: 9),
        ExportColumn<PaymentHistoryRow>.Text("Method", r => r.Method, width: 24),
        ExportColumn<PaymentHistoryRow>.Text("Source", r => r.Source, width: 16),
        ExportColumn<PaymentHistoryRow>.Text("Status", r => r.Status, width: 12),
        ExportColumn<PaymentHistoryRow>.Money("Processing fee", r => r.Fee, PayableQuery.DefaultCurrency, width: 14),
        ExportColumn<PaymentHistoryRow>.Text("Confirmation", r => r.Confirmation, width: 30),
    ];

    /// <summary>Rows of <paramref name="accountId"/> (all visible accounts when null); ordered by date then creation, in memory.</summary>
    public async Task<IReadOnlyList<PaymentHistoryRow>> ListAsync(Guid? accountId, CancellationToken ct)
    {
        var payments = await db.Payments.AsNoTracking().Where(p => accountId == null || p.AccountId == accountId).ToListAsync(ct);
        var ids = payments.Select(p => p.Id).ToList();
        var charges = await db.Set<PortalCharge>().AsNoTracking().Where(c => ids.Contains(c.PaymentId)).ToDictionaryAsync(c => c.PaymentId, ct);
        var names = (await accounts.FindAsync(payments.Select(p => p.AccountId).Distinct().ToList(), ct)).ToDictionary(a => a.Id);
        return payments.OrderByDescending(p => p.Date).ThenByDescending(p => p.CreatedAt)
            .Select(p =>
            {
                var account = names.GetValueOrDefault(p.AccountId);
                var charge = charges.GetValueOrDefault(p.Id);
                return new PaymentHistoryRow(p.Id, p.Date, account?.Number ?? "", account?.Name ?? "", p.Amount, p.Currency, p.Method,
                    p.Source == PaymentSource.Portal ? "Portal" : "Billing system", p.Status.ToString(), charge?.Fee, charge?.TransactionId ?? p.ExternalId);
            })
            .ToList();
    }
}
