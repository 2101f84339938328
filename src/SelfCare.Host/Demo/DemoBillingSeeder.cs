using SelfCare.Billing.Contracts;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Demo;

/// <summary>
/// 24 months of bills for every demo account, generated deterministically from the account's services (recurring
/// products, usage, USF and sales tax, a regulatory fee) or, for managed-services tenants, agreements and hours. Past
/// bills are paid on time; among the last few some are paid in part or not at all, and an occasional outage credit appears.
/// </summary>
internal sealed class DemoBillingSeeder(IBillingProvisioning billing, TimeProvider clock)
{
    private const int Months = 24;

    public async Task SeedAsync(TenantInfo tenant, DemoData data, IReadOnlyDictionary<string, Guid> ids, CancellationToken ct)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(tenant.TimeZone, out var z) ? z : TimeZoneInfo.Utc;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var invoices = new List<NewInvoice>();
        var payments = new List<NewPayment>();
        var credits = new List<NewAdjustment>();
        foreach (var account in data.Accounts)
        {
            var random = new Random(StableSeed(account.Number));
            var services = data.Services.Where(s => s.Account == account.Number).ToList();
            for (var m = Months; m >= 1; m--)
            {
                var start = thisMonth.AddMonths(-m);
                var end = start.AddMonths(1).AddDays(-1);
                var issue = end.AddDays(1);
                var charges = DemoBillingCharges.For(tenant.Id, services, start, end, first: m == Months, random);
                var number = $"{account.Number}-{start:yyyyMM}";
                var invoice = new NewInvoice(number, ids[account.Number], start, end, issue, issue.AddDays(25), "USD", charges);
                invoices.Add(invoice);
                var total = charges.Sum(c => c.Amount);
                var (paid, credit) = Settle(m, total, random);
                if (credit > 0)
                    credits.Add(new NewAdjustment(invoice.AccountId, true, credit, "USD", issue.AddDays(10),
                        "Service credit: outage", number));
                if (paid > 0 && invoice.DueDate.AddDays(-3) <= today)
                    payments.Add(new NewPayment(invoice.AccountId, paid, "USD", invoice.DueDate.AddDays(-random.Next(1, 6)),
                        random.Next(3) == 0 ? "ACH •••• 6789" : "Visa •••• 4242", [new NewAllocation(number, paid)]));
            }
        }
        await billing.PostInvoicesAsync(invoices, ct);
        await billing.RecordAdjustmentsAsync(credits, ct);
        await billing.RecordPaymentsAsync(payments, ct);
    }

    /// <summary>How much of a bill <paramref name="monthsAgo"/> months old was paid and credited.</summary>
    private static (decimal Paid, decimal Credit) Settle(int monthsAgo, decimal total, Random random)
    {
        var roll = random.Next(100);
        var credit = roll < 6 ? Math.Round(total * 0.05m, 2) : 0m;
        if (monthsAgo == 1)
            return (0m, 0m);
        if (monthsAgo <= 3 && roll >= 85)
            return (roll >= 93 ? 0m : Math.Round((total - credit) * 0.5m, 2), credit);
        return (total - credit, credit);
    }

    /// <summary>A seed that is the same in every process (string.GetHashCode is randomized).</summary>
    private static int StableSeed(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
            hash = (hash ^ c) * 16777619u;
        return (int)(hash & 0x7fffffff);
    }
}
