using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Billing.Ledger;
using SelfCare.Billing.Summary;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Billing;

/// <summary>What the Summary boxes must show for a set of accounts, computed by the module's own LedgerQuery (in memory) in a system scope.</summary>
internal sealed record SummaryExpected(decimal Balance, decimal AmountDue, decimal PastDue, int OpenInvoices,
    IReadOnlyDictionary<Guid, decimal> Balances, IReadOnlyDictionary<DateOnly, (decimal Billed, decimal Paid)> Months)
{
    public static async Task<SummaryExpected> ForAsync(PortalFactory portal, string tenantId, IReadOnlyList<Guid> accounts)
    {
        await using var scope = SummarySeed.SystemScope(portal, tenantId);
        var query = scope.ServiceProvider.GetRequiredService<LedgerQuery>();
        var db = scope.ServiceProvider.GetRequiredService<SelfCare.Billing.Data.BillingDbContext>();
        var balances = await query.BalancesAsync(accounts, null, CancellationToken.None);
        var invoices = await db.Invoices.AsNoTracking().Where(i => accounts.Contains(i.AccountId)).ToListAsync();
        var open = (await query.InvoiceBalancesAsync(invoices, CancellationToken.None)).Values.Where(b => b.Balance > 0).ToList();
        var payments = await db.Payments.AsNoTracking()
            .Where(p => accounts.Contains(p.AccountId) && p.Status == SelfCare.Billing.Data.PaymentStatus.Succeeded).ToListAsync();
        var first = new DateOnly(query.Today.Year, query.Today.Month, 1).AddMonths(1 - SummaryLedger.MonthsShown);
        var months = Enumerable.Range(0, SummaryLedger.MonthsShown).Select(first.AddMonths).ToDictionary(m => m, m => (
            invoices.Where(i => i.IssueDate.Year == m.Year && i.IssueDate.Month == m.Month).Sum(i => i.Amount),
            payments.Where(p => p.Date.Year == m.Year && p.Date.Month == m.Month).Sum(p => p.Amount)));
        return new SummaryExpected(
            balances.Values.Sum(b => b.Balance), open.Sum(b => b.Balance), open.Where(b => b.Status == InvoiceStatus.PastDue).Sum(b => b.Balance), open.Count,
            balances.Where(b => invoices.Any(i => i.AccountId == b.Key) || b.Value.Paid != 0 || b.Value.Credits != 0 || b.Value.Debits != 0)
                .ToDictionary(b => b.Key, b => b.Value.Balance),
            months);
    }
}
