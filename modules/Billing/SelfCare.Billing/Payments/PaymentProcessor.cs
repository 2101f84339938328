using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfCare.Billing.Contracts.Gateway;
using SelfCare.Billing.Data;
using SelfCare.Billing.Gateway;
using SelfCare.Billing.Ledger;
using SelfCare.Platform.Email;

namespace SelfCare.Billing.Payments;

/// <summary>
/// Makes a portal payment exactly once per idempotency key: a Pending payment row claims the key (unique index), with its
/// charge record and any ACH authorization agreed, before the gateway is called with the same key; the approval then commits
/// the payment as Succeeded, its allocations, the saved method and the receipt email in one SaveChanges. A declined charge
/// leaves the row Failed (never counted in balances). Logs name the payment and last four digits only.
/// </summary>
internal sealed partial class PaymentProcessor(
    BillingDbContext db, PayableQuery payable, BillingSettingsStore settingsStore, PaymentGateways gateways,
    IEmailOutbox outbox, TenantToday today, TimeProvider clock, ILogger<PaymentProcessor> log)
{
    public const string KeyReused = "This payment was already submitted with a different amount or account. Start a new payment.";

    public async Task<PaymentOutcome> PayAsync(PaymentRequest request, CancellationToken ct)
    {
        if (await ExistingAsync(request, ct) is { } existing)
            return existing;
        var account = await payable.FindAsync(request.AccountId, ct);
        if (account is null)
            return PaymentOutcome.Refused("Choose one of your accounts.", "AccountId");
        var settings = await settingsStore.GetAsync(ct);
        if (Validate(request, account, settings) is { } invalid)
            return invalid;

        var fee = request.Method.Kind == PaymentMethodKind.Card ? settings.CardFee(request.Amount) : 0m;
        var gateway = gateways.Named(request.Method.Gateway) ?? gateways.Current;
        var payment = new Payment
        {
            Id = Guid.NewGuid(), AccountId = account.Id, Amount = request.Amount, Currency = account.Currency, Date = today.Value,
            Method = request.Method.Label, Source = PaymentSource.Portal, IdempotencyKey = request.IdempotencyKey,
            Status = PaymentStatus.Pending, CreatedAt = clock.GetUtcNow(), CreatedBy = request.PayerEmail,
        };
        // Claimed together with what completing it needs, so a payment left Pending by a crash can be finished later
        // (PaymentReconciler) exactly as here: the gateway, fee, chosen invoices and the ACH authorization agreed.
        var record = new PortalCharge
        {
            PaymentId = payment.Id, AccountId = account.Id, Gateway = gateway.Name, Fee = fee, Total = request.Amount + fee,
            PaymentMethodId = request.SavedMethodId, InvoiceIds = PortalCharge.JoinIds(request.InvoiceIds),
        };
        db.Payments.Add(payment);
        db.Add(record);
        var authorization = request.Method.Kind == PaymentMethodKind.Ach
            ? new AchAuthorization
            {
                Id = Guid.NewGuid(), AccountId = account.Id, PaymentId = payment.Id, PaymentMethodId = request.SavedMethodId,
                AuthorizedBy = request.PayerEmail, AuthorizedAt = clock.GetUtcNow(), Text = request.AchAuthorizationText!,
                IpAddress = request.IpAddress,
            }
            : null;
        if (authorization is not null)
            db.Add(authorization);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another submission with this key won the race: answer as it will.
            db.ChangeTracker.Clear();
            return await ExistingAsync(request, ct) ?? PaymentOutcome.Refused(KeyReused);
        }

        var charge = await gateway.ChargeAsync(new ChargeRequest(request.Method.Token, record.Total, account.Currency, request.IdempotencyKey), ct);
        if (!charge.Succeeded)
        {
            await FailAsync(payment, record, charge, ct);
            LogDeclined(payment.Id, request.Method.Last4, charge.Reason);
            return PaymentOutcome.Refused(charge.Message ?? "The payment was declined.", "Method");
        }

        if (request.SaveAsNew)
            record.PaymentMethodId = await SaveMethodAsync(request, ct);
        else if (request.MakeDefault && request.SavedMethodId is { } chosen)
            await MakeDefaultAsync(account.Id, chosen, ct);
        if (authorization is not null)
            authorization.PaymentMethodId = record.PaymentMethodId;
        await CompleteAsync(payment, record, account, charge, ct);
        LogPaid(payment.Id, request.Method.Last4);
        return PaymentOutcome.Paid(payment.Id);
    }

    /// <summary>
    /// Completes an approved charge of a Pending payment (tracked with its <paramref name="record"/>): Succeeded, allocated to
    /// the invoices chosen (else oldest due first), receipt to the payer, all in one SaveChanges. Used by
    /// <see cref="PayAsync"/> and by <see cref="PaymentReconciler"/> for payments a crash left Pending.
    /// </summary>
    public async Task CompleteAsync(Payment payment, PortalCharge record, PayableAccount account, ChargeResult charge, CancellationToken ct)
    {
        payment.Status = PaymentStatus.Succeeded;
        record.TransactionId = charge.TransactionId;
        var applied = Allocate(payment, account, PortalCharge.SplitIds(record.InvoiceIds));
        await outbox.AddAsync(db, PaymentReceiptEmail.Name, Receipt(payment, record, account, applied, charge), new EmailRecipient(payment.CreatedBy!), ct);
        await db.SaveChangesAsync(ct);
        await outbox.DispatchAsync(ct);
    }

    /// <summary>Records a refused charge: the payment Failed (never counted) with the gateway's message.</summary>
    public async Task FailAsync(Payment payment, PortalCharge record, ChargeResult charge, CancellationToken ct)
    {
        payment.Status = PaymentStatus.Failed;
        record.FailureMessage = charge.Message;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The answer for a key already used: its payment when the details match, a refusal otherwise.</summary>
    private async Task<PaymentOutcome?> ExistingAsync(PaymentRequest request, CancellationToken ct)
    {
        var first = await db.Payments.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.IdempotencyKey == request.IdempotencyKey)
            .Select(p => new { p.Id, p.AccountId, p.Amount, p.Status }).FirstOrDefaultAsync(ct);
        if (first is null)
            return null;
        if (first.AccountId != request.AccountId || first.Amount != request.Amount)
            return PaymentOutcome.Refused(KeyReused);
        if (first.Status == PaymentStatus.Failed)
        {
            var message = await db.Set<PortalCharge>().IgnoreQueryFilters().Where(c => c.PaymentId == first.Id)
                .Select(c => c.FailureMessage).FirstOrDefaultAsync(ct);
            return PaymentOutcome.Refused(message ?? "The payment was declined.", "Method");
        }
        return PaymentOutcome.Paid(first.Id);
    }

    private PaymentOutcome? Validate(PaymentRequest request, PayableAccount account, BillingSettings settings)
    {
        if (PaymentRules.AmountError(request.Amount, account, settings) is { } amount)
            return PaymentOutcome.Refused(amount, "Amount");
        if (request.InvoiceIds.Any(id => account.OpenInvoices.All(i => i.Id != id)))
            return PaymentOutcome.Refused("Choose among the account's open invoices.", "InvoiceIds");
        if (PaymentRules.MethodError(request.Method, settings, clock.GetUtcNow()) is { } method)
            return PaymentOutcome.Refused(method, "Method");
        if (request.Method.Kind == PaymentMethodKind.Ach && string.IsNullOrWhiteSpace(request.AchAuthorizationText))
            return PaymentOutcome.Refused("Authorize the debit from your bank account.", "AchAuthorized");
        return null;
    }

    /// <summary>Applies the payment to the chosen invoices (else oldest due first), each up to its balance; the rest stays a credit on the account.</summary>
    private static List<(PayableInvoice Invoice, decimal Amount)> Allocate(Payment payment, PayableAccount account, IReadOnlyList<Guid> chosen)
    {
        var targets = chosen.Count == 0 ? account.OpenInvoices : account.OpenInvoices.Where(i => chosen.Contains(i.Id)).ToList();
        var left = payment.Amount;
        var applied = new List<(PayableInvoice, decimal)>();
        foreach (var invoice in targets)
        {
            if (left <= 0)
                break;
            var amount = Math.Min(left, invoice.Balance);
            // Id left empty: EF generates it and inserts (a preset key on a navigation-added entity reads as an update).
            payment.Allocations.Add(new PaymentAllocation { InvoiceId = invoice.Id, AccountId = payment.AccountId, Amount = amount });
            applied.Add((invoice, amount));
            left -= amount;
        }
        return applied;
    }

    private async Task<Guid> SaveMethodAsync(PaymentRequest request, CancellationToken ct)
    {
        var m = request.Method;
        var first = !await db.Set<SavedPaymentMethod>().AnyAsync(x => x.AccountId == request.AccountId, ct);
        if (request.MakeDefault && !first)
            await ClearDefaultAsync(request.AccountId, ct);
        var saved = new SavedPaymentMethod
        {
            Id = Guid.NewGuid(), AccountId = request.AccountId, Kind = m.Kind, Gateway = m.Gateway, Token = m.Token, Brand = m.Brand,
            Last4 = m.Last4, ExpiryMonth = m.ExpiryMonth, ExpiryYear = m.ExpiryYear, HolderName = m.HolderName,
            BankAccountType = m.BankAccountType, RoutingLast4 = m.RoutingLast4, IsDefault = request.MakeDefault || first,
            CreatedAt = clock.GetUtcNow(), CreatedBy = request.PayerEmail,
        };
        db.Add(saved);
        return saved.Id;
    }

    private async Task MakeDefaultAsync(Guid accountId, Guid methodId, CancellationToken ct)
    {
        await ClearDefaultAsync(accountId, ct);
        var method = await db.Set<SavedPaymentMethod>().FirstOrDefaultAsync(x => x.Id == methodId && x.AccountId == accountId, ct);
        if (method is not null)
            method.IsDefault = true;
    }

    private async Task ClearDefaultAsync(Guid accountId, CancellationToken ct)
    {
        foreach (var other in await db.Set<SavedPaymentMethod>().Where(x => x.AccountId == accountId && x.IsDefault).ToListAsync(ct))
            other.IsDefault = false;
    }

    private PaymentReceiptModel Receipt(Payment payment, PortalCharge record, PayableAccount account,
        List<(PayableInvoice Invoice, decimal Amount)> applied, ChargeResult charge) =>
        new(account.Number, account.Name, PaymentMoney.Format(payment.Amount, account.Currency), PaymentMoney.Format(record.Fee, account.Currency),
            PaymentMoney.Format(record.Total, account.Currency), payment.Method, clock.GetUtcNow().UtcDateTime, charge.TransactionId!,
            applied.Select(a => new PaymentReceiptLine(a.Invoice.Number, PaymentMoney.Format(a.Amount, account.Currency))).ToList());

    [LoggerMessage(LogLevel.Information, "Portal payment {PaymentId} approved (method ending {Last4}).")]
    private partial void LogPaid(Guid paymentId, string last4);

    [LoggerMessage(LogLevel.Information, "Portal payment {PaymentId} declined (method ending {Last4}): {Reason}.")]
    private partial void LogDeclined(Guid paymentId, string last4, DeclineReason? reason);
}
