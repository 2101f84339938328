using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;
using SelfCare.Billing.Summary;
using SelfCare.Platform.Security;

namespace SelfCare.Tests.Billing;

/// <summary>
/// The Summary boxes' shared cache: a second page without writes reuses the snapshot; a page after any ledger write
/// (another context, as another request) sees the write at once; scopes holding other accounts never share an entry.
/// </summary>
public sealed class SummaryCacheTests : IDisposable
{
    private static readonly DateOnly Today = new(2030, 6, 15);
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly MemoryCache _cache = new(new MemoryCacheOptions());
    private readonly Guid _a = Guid.NewGuid(), _b = Guid.NewGuid();

    public SummaryCacheTests() => _connection.Open();

    public void Dispose()
    {
        _cache.Dispose();
        _connection.Dispose();
    }

    [Fact]
    public async Task A_write_shows_on_the_next_page_and_scopes_never_share_an_entry()
    {
        await using (var db = Context(_a, _b))
        {
            await db.Database.EnsureCreatedAsync();
            db.Invoices.AddRange(Invoice(_a, "CA-1", 100m), Invoice(_b, "CB-1", 50m));
            await db.SaveChangesAsync();
        }
        var (open, recent, _) = await PageAsync(_a, _b);
        Assert.Equal(150m, open.Sum(i => i.Balance));
        Assert.Equal(2, recent.Count);
        var (again, _, _) = await PageAsync(_a, _b);
        Assert.Same(open, again);

        var (own, ownRecent, _) = await PageAsync(_a);
        Assert.Equal(["CA-1"], own.Select(i => i.Number));
        Assert.Single(ownRecent);

        await using (var db = Context(_a))
        {
            var invoice = await db.Invoices.SingleAsync();
            var id = Guid.NewGuid();
            db.Payments.Add(new Payment
            {
                Id = id, AccountId = _a, Amount = 40m, Currency = "USD", Date = Today, Method = "Visa •••• 4242", Source = PaymentSource.Portal,
                Status = PaymentStatus.Succeeded, CreatedAt = DateTimeOffset.UtcNow,
                Allocations = [new PaymentAllocation { Id = Guid.NewGuid(), PaymentRowId = id, InvoiceId = invoice.Id, AccountId = _a, Amount = 40m }],
            });
            await db.SaveChangesAsync();
        }
        var (after, afterRecent, accounts) = await PageAsync(_a, _b);
        Assert.Equal(110m, after.Sum(i => i.Balance));
        Assert.Contains(afterRecent, e => e.Kind == ActivityKind.Payment && e.Amount == 40m);
        Assert.Equal(60m, accounts.Single(a => a.Totals.AccountId == _a).Balance);
        var (ownAfter, _, _) = await PageAsync(_a);
        Assert.Equal(60m, ownAfter.Single().Balance);
    }

    private async Task<(IReadOnlyList<OpenInvoice> Open, IReadOnlyList<ActivityEntry> Recent, IReadOnlyList<AccountLedger> Accounts)> PageAsync(params Guid[] scope)
    {
        await using var db = Context(scope);
        var tenant = new LedgerPropertyTests.FixedTenant();
        var ledger = new SummaryLedger(db, new TenantToday(tenant, new LedgerPropertyTests.FixedClock()), new SummaryCache(_cache, tenant));
        return (await ledger.OpenInvoicesAsync(CancellationToken.None), await ledger.RecentAsync(CancellationToken.None),
            await ledger.AccountsAsync(CancellationToken.None));
    }

    private BillingDbContext Context(params Guid[] scope) =>
        new(new DbContextOptionsBuilder<BillingDbContext>().UseSqlite(_connection).Options, new Scope(scope));

    private static Invoice Invoice(Guid account, string number, decimal amount) => new()
    {
        Id = Guid.NewGuid(), Number = number, AccountId = account, Currency = "USD", Amount = amount, IssueDate = Today.AddDays(-5),
        DueDate = Today.AddDays(10), PeriodStart = Today.AddDays(-35), PeriodEnd = Today.AddDays(-5), CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    private sealed class Scope(Guid[] ids) : IAccountScope
    {
        public bool SeesAllAccounts => false;
        public IReadOnlyList<Guid> AccountIds => ids;
        public IReadOnlyList<Guid> RootAccountIds => ids;
    }
}
