using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SelfCare.Billing.Contracts.Gateway;
using SelfCare.Billing.Data;
using SelfCare.Billing.Gateway;
using SelfCare.Platform.Jobs;

namespace SelfCare.Billing.Payments;

/// <summary>
/// Finishes portal payments a stopped process left Pending (claimed, maybe charged, result never saved): asks the gateway
/// for the charge by the payment's idempotency key, then completes it exactly as <see cref="PaymentProcessor"/> does
/// (allocations, receipt) or marks it Failed when the gateway refused it or never received it. Each payment is claimed
/// through <see cref="IJobRunLedger"/>, so overlapping runs finish it once.
/// </summary>
internal sealed partial class PaymentReconciler(
    BillingDbContext db, PayableQuery payable, PaymentGateways gateways, PaymentProcessor processor, IJobRunLedger runs,
    TimeProvider clock, IOptions<ReconcileOptions> options, ILogger<PaymentReconciler> log)
{
    public const string NeverCharged = "The payment did not reach the payment processor; nothing was charged. Please pay again.";

    /// <summary>Reconciles every portal payment Pending for longer than <see cref="ReconcileOptions.Grace"/>; returns how many it finished.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow() - options.Value.Grace;
        // Aged in memory: SQLite cannot compare DateTimeOffset columns, and Pending rows are few.
        var pending = (await db.Payments.AsNoTracking()
                .Where(p => p.Status == PaymentStatus.Pending && p.Source == PaymentSource.Portal && p.IdempotencyKey != null)
                .Select(p => new { p.Id, p.CreatedAt }).ToListAsync(ct))
            .Where(p => p.CreatedAt <= cutoff).Select(p => p.Id).ToList();
        var finished = 0;
        foreach (var id in pending)
        {
            if (await runs.RunOnceAsync(PaymentReconcileJob.Name, id.ToString(), c => ReconcileAsync(id, c), ct))
                finished++;
        }
        return finished;
    }

    private async Task ReconcileAsync(Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await db.Payments.FirstOrDefaultAsync(p => p.Id == id && p.Status == PaymentStatus.Pending, ct) is not { } payment)
            return;
        var record = await db.Set<PortalCharge>().FirstOrDefaultAsync(c => c.PaymentId == id, ct);
        var gateway = (record is null ? null : gateways.Named(record.Gateway)) ?? gateways.Current;
        if (record is null)
        {
            // Claimed before charge records were written with the claim: the fee is unknown, the amount applied is not.
            record = new PortalCharge { PaymentId = id, AccountId = payment.AccountId, Gateway = gateway.Name, Total = payment.Amount };
            db.Add(record);
        }
        var charge = await gateway.FindChargeAsync(payment.IdempotencyKey!, ct);
        if (charge is { Succeeded: true })
        {
            var account = await payable.FindAsync(payment.AccountId, ct)
                ?? throw new InvalidOperationException($"Payment {id} was charged but its account {payment.AccountId} is gone; left Pending for a person.");
            await processor.CompleteAsync(payment, record, account, charge, ct);
            LogCompleted(id, charge.TransactionId!);
            return;
        }
        await processor.FailAsync(payment, record, charge ?? ChargeResult.Declined(DeclineReason.ProcessingError, NeverCharged), ct);
        LogFailed(id, charge?.Reason);
    }

    [LoggerMessage(LogLevel.Warning, "Portal payment {PaymentId} was left Pending; the gateway had charged it ({TransactionId}): completed.")]
    private partial void LogCompleted(Guid paymentId, string transactionId);

    [LoggerMessage(LogLevel.Warning, "Portal payment {PaymentId} was left Pending; the gateway has no approved charge ({Reason}): marked Failed.")]
    private partial void LogFailed(Guid paymentId, DeclineReason? reason);
}
