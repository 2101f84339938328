using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;

namespace SelfCare.Billing.Bills;

/// <summary>Loads one bill with its statement figures, within the caller's scope (null when not visible).</summary>
internal sealed class StatementQuery(BillingDbContext db, IAccountDirectory directory, LedgerQuery ledger)
{
    public async Task<InvoiceStatement?> FindAsync(Guid id, CancellationToken ct)
    {
        var invoice = await db.Invoices.AsNoTracking().Include(i => i.Charges).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (invoice is null)
            return null;
        var account = (await directory.FindAsync([invoice.AccountId], ct)).SingleOrDefault();
        var balance = (await ledger.InvoiceBalancesAsync([invoice], ct))[invoice.Id];
        var previous = await db.Invoices.AsNoTracking()
            .Where(i => i.AccountId == invoice.AccountId && i.IssueDate < invoice.IssueDate)
            .OrderByDescending(i => i.IssueDate).Select(i => (DateOnly?)i.IssueDate).FirstOrDefaultAsync(ct);
        var previousBalance = previous is { } p ? (await ledger.BalancesAsync([invoice.AccountId], p, ct))[invoice.AccountId].Balance : 0m;
        var after = previous ?? DateOnly.MinValue;
        var window = await ledger.WindowAsync(invoice.AccountId, after, invoice.IssueDate, ct);
        var services = invoice.Charges.OrderBy(c => c.Position).GroupBy(c => c.ServiceId)
            .OrderBy(g => g.Key is null ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ServiceCharges(g.Key, [.. g])).ToList();
        invoice.Charges = [.. invoice.Charges.OrderBy(c => c.Position)];
        return new InvoiceStatement(invoice, account?.Number ?? "", account?.Name ?? "", balance, previousBalance,
            window.Paid, window.Credits, window.Debits, services);
    }
}
