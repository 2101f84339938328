using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;
using TotalsCents = SelfCare.Billing.Summary.Cents;
using SelfCare.Billing.Totals;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Billing;

/// <summary>
/// Property test of the ledger totals: seeded random sequences of invoices, partial payments, refunds, pending payments
/// settled or failed later, credits and debits, and rewrites (allocations replaced, amounts changed, rows moved to the
/// other account or invoice, adjustments deleted), each write its own SaveChanges or several in one; afterwards the
/// totals tables equal the balances recomputed from the ledger rows (<see cref="LedgerQuery"/>) for every account, invoice
/// and month. On PostgreSQL also concurrent writers on one account (the advisory lock's case).
/// </summary>
public abstract class LedgerTotalsPropertyTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2030, 6, 15);

    protected abstract int Sequences { get; }

    /// <summary>Points the options at this provider's database.</summary>
    protected abstract void UseDatabase(DbContextOptionsBuilder options);

    private protected BillingDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<BillingDbContext>();
        UseDatabase(options);
        return new BillingDbContext(options.Options, new LedgerPropertyTests.AllAccounts());
    }

    public virtual async Task InitializeAsync()
    {
        await using var db = NewContext();
        await db.Database.EnsureCreatedAsync();
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Totals_equal_the_ledger_after_random_writes_and_rewrites()
    {
        var accounts = new List<Guid>();
        for (var seed = 1; seed <= Sequences; seed++)
        {
            var pair = new[] { Guid.NewGuid(), Guid.NewGuid() };
            accounts.AddRange(pair);
            await WriteSequenceAsync(pair, new Random(seed));
        }
        await AssertTotalsEqualLedgerAsync(accounts);
    }

    private protected async Task AssertTotalsEqualLedgerAsync(IReadOnlyList<Guid> accounts)
    {
        await using var db = NewContext();
        var ledger = new LedgerQuery(db, new TenantToday(new LedgerPropertyTests.FixedTenant(), new LedgerPropertyTests.FixedClock()));
        var balances = await ledger.BalancesAsync(accounts, null, CancellationToken.None);
        var totals = await db.Set<AccountTotals>().AsNoTracking().Where(t => accounts.Contains(t.AccountId)).ToDictionaryAsync(t => t.AccountId);
        var invoices = await db.Invoices.AsNoTracking().Where(i => accounts.Contains(i.AccountId)).ToListAsync();
        var payments = await db.Payments.AsNoTracking().Where(p => accounts.Contains(p.AccountId)).ToListAsync();
        var adjustments = await db.Adjustments.AsNoTracking().Where(a => accounts.Contains(a.AccountId)).ToListAsync();
        foreach (var id in accounts)
        {
            var hasEntries = invoices.Any(i => i.AccountId == id) || adjustments.Any(a => a.AccountId == id)
                || payments.Any(p => p.AccountId == id && p.Status == PaymentStatus.Succeeded);
            Assert.Equal(hasEntries, totals.ContainsKey(id));
            var expected = balances[id];
            var t = totals.GetValueOrDefault(id) ?? new AccountTotals();
            Assert.Equal((expected.Invoiced, expected.Paid, expected.Credits, expected.Debits, expected.Balance),
                (TotalsCents.ToMoney(t.InvoicedCents), TotalsCents.ToMoney(t.PaidCents), TotalsCents.ToMoney(t.CreditsCents), TotalsCents.ToMoney(t.DebitsCents), TotalsCents.ToMoney(t.BalanceCents)));
        }

        var invoiceTotals = await db.Set<InvoiceTotals>().AsNoTracking().Where(t => accounts.Contains(t.AccountId)).ToDictionaryAsync(t => t.InvoiceId);
        Assert.Equal(invoices.Count, invoiceTotals.Count);
        foreach (var (id, derived) in await ledger.InvoiceBalancesAsync(invoices, CancellationToken.None))
        {
            var invoice = invoices.Single(i => i.Id == id);
            var t = invoiceTotals[id];
            Assert.Equal((invoice.AccountId, invoice.Number, invoice.DueDate, invoice.Currency), (t.AccountId, t.Number, t.DueDate, t.Currency));
            Assert.Equal((derived.Amount, derived.Paid, derived.Credits, derived.Debits, derived.Balance),
                (TotalsCents.ToMoney(t.AmountCents), TotalsCents.ToMoney(t.PaidCents), TotalsCents.ToMoney(t.CreditsCents), TotalsCents.ToMoney(t.DebitsCents), TotalsCents.ToMoney(t.BalanceCents)));
        }

        var months = await db.Set<AccountMonthTotals>().AsNoTracking().Where(m => accounts.Contains(m.AccountId)).ToListAsync();
        var expectedMonths = invoices.Select(i => (i.AccountId, Month: TotalsRecompute.First(i.IssueDate), Count: 1, Billed: i.Amount, Paid: 0m))
            .Concat(payments.Where(p => p.Status == PaymentStatus.Succeeded).Select(p => (p.AccountId, Month: TotalsRecompute.First(p.Date), Count: 0, Billed: 0m, Paid: p.Amount)))
            .GroupBy(x => (x.AccountId, x.Month))
            .Select(g => (g.Key.AccountId, g.Key.Month, g.Sum(x => x.Count), g.Sum(x => x.Billed), g.Sum(x => x.Paid)))
            .OrderBy(x => x.AccountId).ThenBy(x => x.Month).ToList();
        Assert.Equal(expectedMonths, months.Select(m => (m.AccountId, m.Month, m.Invoices, TotalsCents.ToMoney(m.BilledCents), TotalsCents.ToMoney(m.PaidCents)))
            .OrderBy(x => x.AccountId).ThenBy(x => x.Month).ToList());
    }

    private async Task WriteSequenceAsync(Guid[] pair, Random random)
    {
        await using var db = NewContext();
        var now = DateTimeOffset.UtcNow;
        for (var step = random.Next(1, 30); step > 0; step--)
        {
            var account = pair[random.Next(2)];
            var invoices = await db.Invoices.Where(i => pair.Contains(i.AccountId)).ToListAsync();
            var roll = random.Next(100);
            if (roll < 25 || invoices.Count == 0)
            {
                db.Invoices.Add(new Invoice
                {
                    Id = Guid.NewGuid(), Number = $"T-{Guid.NewGuid():N}", AccountId = account, Currency = "USD", Amount = Cents(random, 1, 500_000),
                    IssueDate = Today.AddDays(-random.Next(0, 500)), DueDate = Today.AddDays(random.Next(-30, 30)),
                    PeriodStart = Today.AddDays(-120), PeriodEnd = Today.AddDays(-90), CreatedAt = now, UpdatedAt = now,
                });
            }
            else if (roll < 55)
            {
                // A payment, a refund (negative) or a payment left pending, applied to one invoice of its account.
                var target = invoices[random.Next(invoices.Count)];
                var amount = Cents(random, 1, 200_000) * (random.Next(5) == 0 ? -1 : 1);
                var id = Guid.NewGuid();
                db.Payments.Add(new Payment
                {
                    Id = id, AccountId = target.AccountId, Amount = amount, Currency = "USD", Date = Today.AddDays(-random.Next(0, 400)),
                    Method = "Test", Source = PaymentSource.BillingSystem, CreatedAt = now,
                    Status = random.Next(4) == 0 ? PaymentStatus.Pending : PaymentStatus.Succeeded,
                    Allocations = [new PaymentAllocation { Id = Guid.NewGuid(), PaymentRowId = id, InvoiceId = target.Id, AccountId = target.AccountId, Amount = amount }],
                });
            }
            else if (roll < 65)
            {
                // A pending payment settles (as the portal's processor does after the gateway answers) or fails.
                var pending = await db.Payments.Where(p => pair.Contains(p.AccountId) && p.Status == PaymentStatus.Pending).ToListAsync();
                if (pending.Count > 0)
                    pending[random.Next(pending.Count)].Status = random.Next(3) == 0 ? PaymentStatus.Failed : PaymentStatus.Succeeded;
            }
            else if (roll < 72)
            {
                // A payment's allocations replaced (as an API upsert with a changed body does).
                var payments = await db.Payments.Include(p => p.Allocations).Where(p => pair.Contains(p.AccountId)).ToListAsync();
                if (payments.Count > 0)
                {
                    var payment = payments[random.Next(payments.Count)];
                    db.RemoveRange(payment.Allocations);
                    var target = invoices.Where(i => i.AccountId == payment.AccountId).ToList();
                    if (target.Count > 0)
                        db.Add(new PaymentAllocation
                        {
                            Id = Guid.NewGuid(), PaymentRowId = payment.Id, InvoiceId = target[random.Next(target.Count)].Id,
                            AccountId = payment.AccountId, Amount = decimal.Round(payment.Amount / 2, 2),
                        });
                    payment.Amount += 1m;
                }
            }
            else if (roll < 77)
            {
                // An invoice's amount or due date changes, or it moves to the other account.
                var invoice = invoices[random.Next(invoices.Count)];
                switch (random.Next(3))
                {
                    case 0: invoice.Amount = Cents(random, 1, 500_000); break;
                    case 1: invoice.DueDate = invoice.DueDate.AddDays(random.Next(-40, 40)); break;
                    default: invoice.AccountId = pair.Single(a => a != invoice.AccountId); break;
                }
            }
            else if (roll < 92)
            {
                Guid? target = random.Next(3) == 0 ? null : invoices[random.Next(invoices.Count)].Id;
                db.Adjustments.Add(new Adjustment
                {
                    Id = Guid.NewGuid(), AccountId = account, InvoiceId = target, Kind = random.Next(4) == 0 ? AdjustmentKind.Debit : AdjustmentKind.Credit,
                    Amount = Cents(random, 1, 30_000), Currency = "USD", Date = Today.AddDays(-random.Next(0, 60)), Description = "random", CreatedAt = now,
                });
            }
            else
            {
                // An adjustment moves to another invoice or account, or is deleted.
                var adjustments = await db.Adjustments.Where(a => pair.Contains(a.AccountId)).ToListAsync();
                if (adjustments.Count > 0)
                {
                    var adjustment = adjustments[random.Next(adjustments.Count)];
                    switch (random.Next(3))
                    {
                        case 0: adjustment.InvoiceId = invoices[random.Next(invoices.Count)].Id; break;
                        case 1: adjustment.AccountId = pair.Single(a => a != adjustment.AccountId); break;
                        default: db.Remove(adjustment); break;
                    }
                }
            }
            if (random.Next(3) > 0)
                await db.SaveChangesAsync();
        }
        await db.SaveChangesAsync();
    }

    private static decimal Cents(Random random, long min, long max) => random.NextInt64(min, max) / 100m;
}

public sealed class LedgerTotalsOnSqlite : LedgerTotalsPropertyTests, IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public LedgerTotalsOnSqlite() => _connection.Open();

    protected override int Sequences => 200;

    protected override void UseDatabase(DbContextOptionsBuilder options) => options.UseSqlite(_connection);

    public void Dispose() => _connection.Dispose();
}

public sealed class LedgerTotalsOnPostgres : LedgerTotalsPropertyTests
{
    private readonly string _connection =
        new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = $"totals_{Guid.NewGuid():N}" }.ToString();

    protected override int Sequences => 80;

    protected override void UseDatabase(DbContextOptionsBuilder options) => options.UseNpgsql(_connection);

    public override async Task DisposeAsync()
    {
        await using var db = NewContext();
        await db.Database.EnsureDeletedAsync();
    }

    [Fact]
    public async Task Concurrent_writers_on_one_account_leave_totals_equal_to_the_ledger()
    {
        var account = Guid.NewGuid();
        var invoice = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        await using (var db = NewContext())
        {
            db.Invoices.Add(new Invoice
            {
                Id = invoice, Number = $"C-{invoice:N}", AccountId = account, Currency = "USD", Amount = 10_000m, IssueDate = new DateOnly(2030, 6, 1),
                DueDate = new DateOnly(2030, 6, 30), PeriodStart = new DateOnly(2030, 5, 1), PeriodEnd = new DateOnly(2030, 5, 31), CreatedAt = now, UpdatedAt = now,
            });
            await db.SaveChangesAsync();
        }
        await Task.WhenAll(Enumerable.Range(1, 16).Select(n => Task.Run(async () =>
        {
            await using var db = NewContext();
            var id = Guid.NewGuid();
            if (n % 4 == 0)
                db.Adjustments.Add(new Adjustment
                {
                    Id = id, AccountId = account, InvoiceId = invoice, Kind = AdjustmentKind.Credit, Amount = n, Currency = "USD",
                    Date = new DateOnly(2030, 6, 2), Description = "concurrent", CreatedAt = now,
                });
            else
                db.Payments.Add(new Payment
                {
                    Id = id, AccountId = account, Amount = n * 10m, Currency = "USD", Date = new DateOnly(2030, 6, 2), Method = "Test",
                    Source = PaymentSource.BillingSystem, Status = PaymentStatus.Succeeded, CreatedAt = now,
                    Allocations = [new PaymentAllocation { Id = Guid.NewGuid(), PaymentRowId = id, InvoiceId = invoice, AccountId = account, Amount = n * 10m }],
                });
            await db.SaveChangesAsync();
        })));
        await AssertTotalsEqualLedgerAsync([account]);
    }
}
