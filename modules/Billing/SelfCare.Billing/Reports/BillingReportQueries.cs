using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Data;
using SelfCare.Platform.Reports;

namespace SelfCare.Billing.Reports;

/// <summary>The invoices a billing report covers: issued in the run's period, of the chosen accounts (the scope filter applies).</summary>
internal static class BillingReportQueries
{
    public static IQueryable<Invoice> Issued(BillingDbContext db, ReportArguments arguments)
    {
        var invoices = db.Invoices.AsNoTracking();
        if (arguments.AccountIds is { } ids)
            invoices = invoices.Where(i => ids.Contains(i.AccountId));
        if (arguments.FromDate is { } from)
            invoices = invoices.Where(i => i.IssueDate >= from);
        if (arguments.ToDate is { } to)
            invoices = invoices.Where(i => i.IssueDate < to);
        return invoices;
    }
}
