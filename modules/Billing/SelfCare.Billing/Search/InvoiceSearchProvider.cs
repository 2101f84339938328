using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Bills;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;
using SelfCare.Platform.Search;

namespace SelfCare.Billing.Search;

/// <summary>The shell search's "Bills" group: invoices by number, within the caller's scope (the DbContext's filter).</summary>
internal sealed class InvoiceSearchProvider(BillingDbContext db) : ISearchProvider
{
    public string Group => "Bills";

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        var pattern = InvoiceQuery.Like(query);
        var found = await db.Invoices.AsNoTracking()
            .Where(i => EF.Functions.Like(i.Number.ToLower(), pattern, "\\"))
            .OrderByDescending(i => i.IssueDate).ThenByDescending(i => i.Number)
            .Take(limit)
            .Select(i => new { i.Id, i.Number, i.IssueDate, i.DueDate, i.Amount, i.Currency })
            .ToListAsync(cancellationToken);
        return [.. found.Select(i => new SearchHit(
            $"Invoice {i.Number}",
            $"issued {i.IssueDate:yyyy-MM-dd} · due {i.DueDate:yyyy-MM-dd} · {MoneyFormat.Format(i.Amount, i.Currency)}",
            $"/bills/details/{i.Id}"))];
    }
}
