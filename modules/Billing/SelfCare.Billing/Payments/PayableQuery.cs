using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;

namespace SelfCare.Billing.Payments;

/// <summary>The accounts the caller may pay for and what each owes, through the scoped ledger.</summary>
internal sealed class PayableQuery(BillingDbContext db, LedgerQuery ledger, IAccountDirectory accounts)
{
    public const string DefaultCurrency = "USD";

    public Task<IReadOnlyList<AccountEntry>> AccountsAsync(CancellationToken ct) => accounts.FindAsync(null, ct);

    /// <summary>The account with its balance and open invoices, or null when the caller cannot see it.</summary>
    public async Task<PayableAccount?> FindAsync(Guid accountId, CancellationToken ct)
    {
        var entry = (await accounts.FindAsync([accountId], ct)).FirstOrDefault();
        if (entry is null)
            return null;
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.AccountId == accountId).ToListAsync(ct);
        var balances = await ledger.InvoiceBalancesAsync(invoices, ct);
        var open = invoices.Where(i => balances[i.Id].Balance > 0)
            .OrderBy(i => i.DueDate).ThenBy(i => i.Number)
            .Select(i => new PayableInvoice(i.Id, i.Number, i.IssueDate, i.DueDate, i.Amount, balances[i.Id].Balance))
            .ToList();
        var balance = (await ledger.BalancesAsync([accountId], null, ct))[accountId].Balance;
        var currency = invoices.OrderByDescending(i => i.IssueDate).Select(i => i.Currency).FirstOrDefault() ?? DefaultCurrency;
        return new PayableAccount(entry.Id, entry.Number, entry.Name, currency, balance, open);
    }
}
