using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Billing.Contracts.Gateway;
using SelfCare.Billing.Data;
using SelfCare.Billing.Gateway;
using SelfCare.Billing.Payments;
using SelfCare.Platform.Email;
using SelfCare.Platform.Jobs;
using SelfCare.Tests.Api;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Billing.PaymentsSetup;

namespace SelfCare.Tests.Billing;

/// <summary>
/// Payments a stopped process left Pending, on SQLite and PostgreSQL: the claim (Pending payment with its charge record)
/// is written as PaymentProcessor writes it, the gateway charged or not, then the reconcile job runs twice.
/// </summary>
public abstract class PaymentReconcileTests(PortalFactory portal)
{
    private static string Key() => RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 32);

    /// <summary>What PayAsync commits before calling the gateway: the Pending payment and its charge record.</summary>
    private async Task<Payment> ClaimAsync(string accountNumber, decimal amount, string key, Guid invoice, TimeSpan age)
    {
        var account = await AccountIdAsync(portal, accountNumber);
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var payment = new Payment
        {
            Id = Guid.NewGuid(), AccountId = account, Amount = amount, Currency = "USD", Date = DateOnly.FromDateTime(DateTime.UtcNow),
            Method = "Visa •••• 4242", Source = PaymentSource.Portal, IdempotencyKey = key, Status = PaymentStatus.Pending,
            CreatedAt = DateTimeOffset.UtcNow - age, CreatedBy = Demo.BluegrassAdmin,
        };
        db.Payments.Add(payment);
        db.Add(new PortalCharge
        {
            PaymentId = payment.Id, AccountId = account, Gateway = SandboxGateway.GatewayName, Total = amount, InvoiceIds = PortalCharge.JoinIds([invoice]),
        });
        await db.SaveChangesAsync();
        return payment;
    }

    private async Task<ChargeResult> ChargeAsync(string cardNumber, decimal amount, string key)
    {
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        var gateway = scope.ServiceProvider.GetRequiredService<PaymentGateways>().Current;
        var token = await gateway.TokenizeCardAsync(new CardDetails(cardNumber, 12, 2031, "123", "Pat Doe"));
        return await gateway.ChargeAsync(new ChargeRequest(token.Token!, amount, "USD", key));
    }

    private async Task RunJobAsync()
    {
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        await scope.ServiceProvider.GetRequiredService<PaymentReconcileJob>()
            .ExecuteAsync(new TenantJobContext(Tenant, PaymentReconcileJob.Name, DateTimeOffset.UtcNow, null, new Dictionary<string, string>()), default);
    }

    private async Task<(Payment Payment, PortalCharge Charge, int Receipts)> StateAsync(Guid paymentId)
    {
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var payment = await db.Payments.AsNoTracking().Include(p => p.Allocations).SingleAsync(p => p.Id == paymentId);
        var charge = await db.Set<PortalCharge>().AsNoTracking().SingleAsync(c => c.PaymentId == paymentId);
        var receipts = (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Template == PaymentReceiptEmail.Name).ToListAsync())
            .Count(m => m.TextBody.Contains(charge.TransactionId ?? "-", StringComparison.Ordinal));
        return (payment, charge, receipts);
    }

    [Fact]
    public async Task A_payment_charged_before_the_crash_is_completed_once_by_two_runs()
    {
        await EnableBillingAsync(portal);
        var invoice = await InvoiceAsync(portal, "AC-100101", $"RECON-{Guid.NewGuid().ToString("N")[..8]}", 80m);
        var key = Key();
        var payment = await ClaimAsync("AC-100101", 30m, key, invoice, TimeSpan.FromMinutes(10));
        var charge = await ChargeAsync("4242424242424242", 30m, key);
        Assert.True(charge.Succeeded);
        var receiptsBefore = await ReceiptsAsync(portal);

        await RunJobAsync();
        await RunJobAsync();

        var (done, record, receipts) = await StateAsync(payment.Id);
        Assert.Equal(PaymentStatus.Succeeded, done.Status);
        Assert.Equal(charge.TransactionId, record.TransactionId);
        var allocation = Assert.Single(done.Allocations);
        Assert.Equal((invoice, 30m), (allocation.InvoiceId, allocation.Amount));
        Assert.Equal(1, receipts);
        Assert.Equal(receiptsBefore + 1, await ReceiptsAsync(portal));
        Assert.Single((await PaymentsAsync(portal, "AC-100101")).Where(p => p.IdempotencyKey == key));
    }

    [Fact]
    public async Task A_payment_the_gateway_never_charged_is_marked_failed_and_a_recent_one_is_left_alone()
    {
        await EnableBillingAsync(portal);
        var invoice = await InvoiceAsync(portal, "AC-100104", $"RECON-{Guid.NewGuid().ToString("N")[..8]}", 50m);
        var lost = await ClaimAsync("AC-100104", 20m, Key(), invoice, TimeSpan.FromMinutes(10));
        var declinedKey = Key();
        var declined = await ClaimAsync("AC-100104", 21m, declinedKey, invoice, TimeSpan.FromMinutes(10));
        Assert.False((await ChargeAsync("4000000000000002", 21m, declinedKey)).Succeeded);
        var recent = await ClaimAsync("AC-100104", 22m, Key(), invoice, TimeSpan.Zero);
        var receiptsBefore = await ReceiptsAsync(portal);

        await RunJobAsync();
        await RunJobAsync();

        var (failed, record, _) = await StateAsync(lost.Id);
        Assert.Equal(PaymentStatus.Failed, failed.Status);
        Assert.Empty(failed.Allocations);
        Assert.Equal(PaymentReconciler.NeverCharged, record.FailureMessage);
        var (refused, refusedRecord, _) = await StateAsync(declined.Id);
        Assert.Equal((PaymentStatus.Failed, "The card was declined."), (refused.Status, refusedRecord.FailureMessage));
        Assert.Equal(PaymentStatus.Pending, (await StateAsync(recent.Id)).Payment.Status);
        Assert.Equal(receiptsBefore, await ReceiptsAsync(portal));
    }
}

public sealed class PaymentReconcileSqliteTests(SqlitePortal portal) : PaymentReconcileTests(portal), IClassFixture<SqlitePortal>;

public sealed class PaymentReconcilePostgresTests(PostgresPortal portal) : PaymentReconcileTests(portal), IClassFixture<PostgresPortal>;
