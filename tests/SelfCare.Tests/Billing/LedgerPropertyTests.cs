using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;
using TotalsCents = SelfCare.Billing.Summary.Cents;
using SelfCare.Billing.Totals;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Tests.Billing;

/// <summary>
/// Property test of the ledger: a few hundred seeded random sequences of invoices, partial payments, refunds, credits,
/// debits and failed payments, written to a real (SQLite) BillingDbContext; LedgerQuery's account balance equals
/// invoices − payments − credits + debits as a running model counts them, each invoice's balance and derived status match.
/// </summary>
public sealed class LedgerPropertyTests : IDisposable
{
    private static readonly DateOnly Today = new(2030, 6, 15);
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public LedgerPropertyTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    [Fact]
    public async Task Balances_equal_invoices_minus_payments_and_credits_plus_debits_over_random_sequences()
    {
        await using var db = NewContext();
        await db.Database.EnsureCreatedAsync();
        for (var seed = 1; seed <= 300; seed++)
            await WriteSequenceAsync(db, new Random(seed));
        var ledger = new LedgerQuery(db, new TenantToday(new FixedTenant(), new FixedClock()));
        var balances = await ledger.BalancesAsync([.. Models.Keys], null, CancellationToken.None);
        var invoices = await db.Invoices.AsNoTracking().ToListAsync();
        var invoiceBalances = await ledger.InvoiceBalancesAsync(invoices, CancellationToken.None);
        foreach (var (account, model) in Models)
        {
            Assert.Equal(model.Balance, balances[account].Balance);
            Assert.Equal(model.Invoiced - model.Paid - model.Credits + model.Debits, balances[account].Balance);
            foreach (var (id, inv) in model.Invoices)
            {
                var derived = invoiceBalances[id];
                Assert.Equal(inv.Balance, derived.Balance);
                var status = inv.Balance <= 0 ? InvoiceStatus.Paid
                    : inv.Due < Today ? InvoiceStatus.PastDue
                    : inv.Balance < inv.Amount ? InvoiceStatus.PartiallyPaid : InvoiceStatus.Open;
                Assert.Equal(status, derived.Status);
            }
        }
        // The totals kept with every write (one SaveChanges per sequence here) equal the same model.
        var totals = await db.Set<AccountTotals>().AsNoTracking().ToDictionaryAsync(t => t.AccountId);
        var invoiceTotals = await db.Set<InvoiceTotals>().AsNoTracking().ToDictionaryAsync(t => t.InvoiceId);
        foreach (var (account, model) in Models)
        {
            Assert.Equal(model.Balance, TotalsCents.ToMoney(totals[account].BalanceCents));
            foreach (var (id, inv) in model.Invoices)
                Assert.Equal(inv.Balance, TotalsCents.ToMoney(invoiceTotals[id].BalanceCents));
        }
        Assert.Contains(invoiceBalances.Values, b => b.Status == InvoiceStatus.PartiallyPaid);
        Assert.Contains(invoiceBalances.Values, b => b.Status == InvoiceStatus.PastDue);
        Assert.Contains(invoiceBalances.Values, b => b.Status == InvoiceStatus.Paid);
        Assert.Contains(invoiceBalances.Values, b => b.Status == InvoiceStatus.Open);
    }

    private sealed class Model
    {
        public decimal Balance, Invoiced, Paid, Credits, Debits;
        public Dictionary<Guid, (decimal Amount, decimal Balance, DateOnly Due)> Invoices { get; } = [];
    }

    private Dictionary<Guid, Model> Models { get; } = [];

    private async Task WriteSequenceAsync(BillingDbContext db, Random random)
    {
        var account = Guid.NewGuid();
        var model = Models[account] = new Model();
        var now = DateTimeOffset.UtcNow;
        for (var step = random.Next(1, 25); step > 0; step--)
        {
            var roll = random.Next(100);
            var open = model.Invoices.Where(i => i.Value.Balance > 0).Select(i => i.Key).ToList();
            var any = model.Invoices.Keys.ToList();
            if (roll < 30 || any.Count == 0)
            {
                var amount = Cents(random, 1, 500_000);
                var invoice = new Invoice
                {
                    Id = Guid.NewGuid(), Number = $"P-{account:N}-{step}", AccountId = account, Currency = "USD", Amount = amount,
                    IssueDate = Today.AddDays(-random.Next(0, 90)), DueDate = Today.AddDays(random.Next(-30, 30)),
                    PeriodStart = Today.AddDays(-120), PeriodEnd = Today.AddDays(-90), CreatedAt = now, UpdatedAt = now,
                };
                db.Invoices.Add(invoice);
                model.Invoices[invoice.Id] = (amount, amount, invoice.DueDate);
                model.Invoiced += amount;
                model.Balance += amount;
            }
            else if (roll < 60 && open.Count > 0)
            {
                // A partial or full payment of one invoice, sometimes with an unapplied excess.
                var target = open[random.Next(open.Count)];
                var owed = model.Invoices[target].Balance;
                var applied = Math.Min(owed, Cents(random, 1, (long)(owed * 100) + 1));
                var extra = random.Next(5) == 0 ? Cents(random, 1, 10_000) : 0m;
                AddPayment(db, account, applied + extra, PaymentStatus.Succeeded, (target, applied));
                Apply(model, target, -applied);
                model.Paid += applied + extra;
                model.Balance -= applied + extra;
            }
            else if (roll < 70)
            {
                // A refund: a negative payment reopening part of an invoice.
                var target = any[random.Next(any.Count)];
                var back = Cents(random, 1, 20_000);
                AddPayment(db, account, -back, PaymentStatus.Succeeded, (target, -back));
                Apply(model, target, back);
                model.Paid -= back;
                model.Balance += back;
            }
            else if (roll < 80)
            {
                AddPayment(db, account, Cents(random, 1, 50_000), random.Next(2) == 0 ? PaymentStatus.Failed : PaymentStatus.Pending,
                    (any[random.Next(any.Count)], 1m));
            }
            else
            {
                var credit = roll < 92;
                var amount = Cents(random, 1, 30_000);
                Guid? target = random.Next(3) == 0 ? null : any[random.Next(any.Count)];
                db.Adjustments.Add(new Adjustment
                {
                    Id = Guid.NewGuid(), AccountId = account, InvoiceId = target, Kind = credit ? AdjustmentKind.Credit : AdjustmentKind.Debit,
                    Amount = amount, Currency = "USD", Date = Today.AddDays(-random.Next(0, 60)), Description = "random", CreatedAt = now,
                });
                if (target is { } t)
                    Apply(model, t, credit ? -amount : amount);
                if (credit)
                    model.Credits += amount;
                else
                    model.Debits += amount;
                model.Balance += credit ? -amount : amount;
            }
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    private static void AddPayment(BillingDbContext db, Guid account, decimal amount, PaymentStatus status, (Guid Invoice, decimal Amount) allocation)
    {
        var id = Guid.NewGuid();
        db.Payments.Add(new Payment
        {
            Id = id, AccountId = account, Amount = amount, Currency = "USD", Date = Today.AddDays(-1), Method = "Test", Source = PaymentSource.BillingSystem,
            Status = status, CreatedAt = DateTimeOffset.UtcNow,
            Allocations = [new PaymentAllocation { Id = Guid.NewGuid(), PaymentRowId = id, InvoiceId = allocation.Invoice, AccountId = account, Amount = allocation.Amount }],
        });
    }

    private void Apply(Model model, Guid invoice, decimal delta)
    {
        var i = model.Invoices[invoice];
        model.Invoices[invoice] = (i.Amount, i.Balance + delta, i.Due);
    }

    private static decimal Cents(Random random, long min, long max) => random.NextInt64(min, max) / 100m;

    private BillingDbContext NewContext() =>
        new(new DbContextOptionsBuilder<BillingDbContext>().UseSqlite(_connection).Options, new AllAccounts());

    internal sealed class AllAccounts : IAccountScope
    {
        public bool SeesAllAccounts => true;
        public IReadOnlyList<Guid> AccountIds => [];
        public IReadOnlyList<Guid> RootAccountIds => [];
    }

    internal sealed class FixedTenant : ITenantContext
    {
        public TenantInfo? Tenant { get; } = new("t", "T", [], null, "Default", "UTC", TenantState.Running,
            new DatabaseTarget(DatabaseProvider.Sqlite, ""), new HashSet<string>(), new HashSet<string>(), false);
    }

    internal sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}
