using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Data;
using SelfCare.Host.Jobs;
using SelfCare.Tests.Reports;

namespace SelfCare.Tests.Cluster;

/// <summary>The tenant database seen from outside the nodes (all accounts), for setting up and checking cluster tests.</summary>
internal static class ClusterDb
{
    public static BillingDbContext Billing(string connection) =>
        new(new DbContextOptionsBuilder<BillingDbContext>().UseNpgsql(connection).Options, new AllAccountsScope());

    public static JobsDbContext Jobs(string connection) =>
        new(new DbContextOptionsBuilder<JobsDbContext>().UseNpgsql(connection).Options);

    public static async Task<Guid> AccountIdAsync(string connection, string number)
    {
        // The Accounts module keeps its context to itself: its table, read directly.
        await using var db = Billing(connection);
        return await db.Database.SqlQueryRaw<Guid>("SELECT \"Id\" AS \"Value\" FROM accounts WHERE \"Number\" = {0}", number).SingleAsync();
    }

    /// <summary>An open invoice of <paramref name="amount"/> on the account, so there is a balance to pay.</summary>
    public static async Task InvoiceAsync(string connection, Guid account, decimal amount)
    {
        await using var db = Billing(connection);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var invoice = new Invoice
        {
            Id = Guid.NewGuid(), Number = "CL-" + Guid.NewGuid().ToString("N")[..8], AccountId = account, Currency = "USD", IssueDate = today.AddDays(-20),
            DueDate = today.AddDays(10), PeriodStart = today.AddDays(-50), PeriodEnd = today.AddDays(-20),
            CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            Charges = [new InvoiceCharge { Id = Guid.NewGuid(), Category = ChargeCategory.Recurring, Product = "Business fiber", Quantity = 1, UnitPrice = amount, Amount = amount }],
        };
        invoice.Total();
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync();
    }
}
