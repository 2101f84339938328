using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;
using SelfCare.Host.Tenancy;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Billing;

/// <summary>
/// Ledger rows for the Summary tests, written straight into the tenant's billing tables (system scope): per account a paid
/// invoice, a partly paid past-due one with a credit against it, an open one not yet due, an unapplied payment, a refund,
/// a debit and a failed payment (which must count for nothing). Amounts differ per account so mixed-up scopes show.
/// </summary>
internal static class SummarySeed
{
    public static AsyncServiceScope SystemScope(PortalFactory portal, string tenantId)
    {
        var tenant = portal.Services.GetRequiredService<TenantRegistry>().Find(tenantId)!;
        portal.Services.GetRequiredService<TenantActivator>().EnsureActiveAsync(tenant, CancellationToken.None).GetAwaiter().GetResult();
        return portal.Services.GetRequiredService<TenantScopeFactory>().CreateSystemScope(tenant);
    }

    /// <summary>Every account number's id and its descendants' ids (itself included), ignoring scope.</summary>
    public static async Task<(Dictionary<string, Guid> Ids, Func<string, IReadOnlyList<Guid>> Subtree)> AccountsAsync(PortalFactory portal, string tenantId)
    {
        await using var scope = SystemScope(portal, tenantId);
        var all = await scope.ServiceProvider.GetRequiredService<IAccountDirectory>().FindAsync(null, CancellationToken.None);
        IReadOnlyList<Guid> Subtree(string number)
        {
            var found = new List<Guid> { all.Single(a => a.Number == number).Id };
            for (var i = 0; i < found.Count; i++)
                found.AddRange(all.Where(a => a.ParentId == found[i]).Select(a => a.Id));
            return found;
        }
        return (all.ToDictionary(a => a.Number, a => a.Id), Subtree);
    }

    public static async Task AddAsync(PortalFactory portal, string tenantId, IReadOnlyList<string> accountNumbers)
    {
        var (ids, _) = await AccountsAsync(portal, tenantId);
        await using var scope = SystemScope(portal, tenantId);
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var today = scope.ServiceProvider.GetRequiredService<TenantToday>().Value;
        var now = DateTimeOffset.UtcNow;
        var k = 0;
        foreach (var number in accountNumbers)
        {
            k++;
            var account = ids[number];
            var tag = $"{number}-{Guid.NewGuid().ToString("N")[..6]}";
            Invoice Invoice(string suffix, int issuedDaysAgo, int dueInDays, decimal amount) => new()
            {
                Id = Guid.NewGuid(), Number = $"SUM-{tag}-{suffix}", AccountId = account, Currency = "USD", Amount = amount,
                IssueDate = today.AddDays(-issuedDaysAgo), DueDate = today.AddDays(dueInDays),
                PeriodStart = today.AddDays(-issuedDaysAgo - 30), PeriodEnd = today.AddDays(-issuedDaysAgo - 1), CreatedAt = now, UpdatedAt = now,
            };
            Payment Payment(decimal amount, int daysAgo, PaymentStatus status, params (Invoice Invoice, decimal Amount)[] allocations)
            {
                var id = Guid.NewGuid();
                return new Payment
                {
                    Id = id, AccountId = account, Amount = amount, Currency = "USD", Date = today.AddDays(-daysAgo), Method = $"Check {1000 + k}",
                    Source = PaymentSource.BillingSystem, Status = status, CreatedAt = now,
                    Allocations = [.. allocations.Select(a => new PaymentAllocation { Id = Guid.NewGuid(), PaymentRowId = id, InvoiceId = a.Invoice.Id, AccountId = account, Amount = a.Amount })],
                };
            }
            var paid = Invoice("1", 70, -40, 120.00m + k);
            var late = Invoice("2", 40, -10, 250.50m + k);
            var open = Invoice("3", 5, 25, 99.99m + k);
            db.Invoices.AddRange(paid, late, open);
            db.Payments.AddRange(
                Payment(120.00m + k, 45, PaymentStatus.Succeeded, (paid, 120.00m + k)),
                Payment(100.00m, 20, PaymentStatus.Succeeded, (late, 100.00m)),
                Payment(30.00m, 3, PaymentStatus.Succeeded),
                Payment(-20.00m, 2, PaymentStatus.Succeeded),
                Payment(1000.00m, 1, PaymentStatus.Failed, (open, 99.99m + k)));
            db.Adjustments.AddRange(
                new Adjustment { Id = Guid.NewGuid(), AccountId = account, InvoiceId = late.Id, Kind = AdjustmentKind.Credit, Amount = 10.25m, Currency = "USD",
                    Date = today.AddDays(-15), Description = $"Outage credit {tag}", CreatedAt = now },
                new Adjustment { Id = Guid.NewGuid(), AccountId = account, Kind = AdjustmentKind.Debit, Amount = 5.00m, Currency = "USD",
                    Date = today.AddDays(-1), Description = $"Late fee {tag}", CreatedAt = now });
        }
        await db.SaveChangesAsync();
    }
}
