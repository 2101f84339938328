using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfCare.Billing.Data;
using SelfCare.Billing.Payments;
using SelfCare.Platform.Email;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Billing.Autopay;

/// <summary>
/// One autopay pass over every enrolled account of the tenant (run as the system) for the tenant's calendar day
/// <c>today</c>: the advance notice for invoices due within the notice days (once per invoice), then a charge of each
/// open invoice due today, and retries of declined ones every few days up to the tenant's limit, with an email after the
/// last failure. Each attempt is claimed by its unique (invoice, attempt) row before the gateway is called, and charged
/// through <see cref="PaymentProcessor"/> with a key of tenant + invoice + attempt: a second or concurrent run charges nothing more.
/// </summary>
internal sealed partial class AutopayRunner(
    BillingDbContext db, PayableQuery payable, BillingSettingsStore settingsStore, PaymentProcessor processor, IEmailOutbox outbox,
    ITenantContext tenant, TimeProvider clock, ILogger<AutopayRunner> log)
{
    private static readonly CultureInfo UnitedStates = CultureInfo.GetCultureInfo("en-US");
    private static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(15);

    public async Task<AutopayRunResult> RunAsync(DateOnly today, CancellationToken ct)
    {
        var settings = await settingsStore.GetAsync(ct);
        var enrolments = await (
                from e in db.Set<AutopayEnrolment>().AsNoTracking()
                where e.Active
                join m in db.Set<SavedPaymentMethod>().AsNoTracking() on e.PaymentMethodId equals m.Id into methods
                from m in methods.DefaultIfEmpty()
                join a in db.Set<AchAuthorization>().AsNoTracking() on e.AchAuthorizationId equals a.Id into authorizations
                from a in authorizations.DefaultIfEmpty()
                select new Enrolled(e, m, a == null ? null : a.Text))
            .ToListAsync(ct);
        var result = new AutopayRunResult(0, 0, 0);
        foreach (var enrolled in enrolments)
        {
            var account = await payable.FindAsync(enrolled.Enrolment.AccountId, ct);
            if (account is null)
                continue;
            // Invoices due before the account enrolled are the customer's to pay; autopay starts with the next one.
            var from = LocalDate(enrolled.Enrolment.EnrolledAt);
            var invoices = account.OpenInvoices.Where(i => i.DueDate >= from).ToList();
            var notices = await NoticesAsync(enrolled, account, invoices, today, settings, ct);
            var (charged, declined) = await ChargesAsync(enrolled, account, invoices, today, settings, ct);
            result = new AutopayRunResult(result.Notices + notices, result.Charged + charged, result.Declined + declined);
        }
        if (result.Notices + result.Declined > 0)
            await outbox.DispatchAsync(ct);
        return result;
    }

    private async Task<int> NoticesAsync(Enrolled enrolled, PayableAccount account, List<PayableInvoice> invoices, DateOnly today,
        BillingSettings settings, CancellationToken ct)
    {
        var upcoming = invoices.Where(i => i.DueDate > today && i.DueDate <= today.AddDays(settings.AutopayNoticeDays)).ToList();
        if (upcoming.Count == 0 || enrolled.Method is null)
            return 0;
        var ids = upcoming.Select(i => i.Id).ToList();
        var sent = await db.Set<AutopayNotice>().AsNoTracking().Where(n => ids.Contains(n.InvoiceId)).Select(n => n.InvoiceId).ToListAsync(ct);
        var count = 0;
        foreach (var invoice in upcoming.Where(i => !sent.Contains(i.Id)))
        {
            var to = enrolled.Enrolment.ChangedBy;
            db.Add(new AutopayNotice { InvoiceId = invoice.Id, AccountId = account.Id, SentAt = clock.GetUtcNow(), SentTo = to });
            await outbox.AddAsync(db, AutopayEmails.Notice, new AutopayNoticeModel(account.Number, account.Name, invoice.Number,
                PaymentMoney.Format(invoice.Balance, account.Currency), invoice.DueDate.ToString("MMM d, yyyy", UnitedStates),
                enrolled.Method.Label), new EmailRecipient(to), ct);
            if (await SavedAsync(ct))
                count++;
        }
        return count;
    }

    private async Task<(int Charged, int Declined)> ChargesAsync(Enrolled enrolled, PayableAccount account, List<PayableInvoice> invoices,
        DateOnly today, BillingSettings settings, CancellationToken ct)
    {
        await SettleStuckAsync(enrolled, account, settings, ct);
        var due = invoices.Where(i => i.DueDate <= today).ToList();
        if (due.Count == 0)
            return (0, 0);
        var ids = due.Select(i => i.Id).ToList();
        var tries = (await db.Set<AutopayAttempt>().AsNoTracking().Where(a => ids.Contains(a.InvoiceId))
                .Select(a => new { a.InvoiceId, a.AttemptNo, a.ChargeDate, a.Outcome }).ToListAsync(ct))
            .ToLookup(a => a.InvoiceId);
        var (charged, declined) = (0, 0);
        var maxAttempts = 1 + settings.AutopayMaxRetries;
        var left = account.Balance;
        foreach (var invoice in due)
        {
            var last = tries[invoice.Id].MaxBy(a => a.AttemptNo);
            var eligible = last is null
                || (last.Outcome == AutopayOutcome.Failed && last.AttemptNo < maxAttempts && last.ChargeDate.AddDays(settings.AutopayRetryDays) <= today);
            // Without overpayment a credit on the account lowers what may be charged (the rest is already paid for).
            var amount = settings.AllowOverpayment ? invoice.Balance : Math.Min(invoice.Balance, left);
            if (!eligible || amount <= 0)
                continue;
            var attemptNo = (last?.AttemptNo ?? 0) + 1;
            var outcome = await AttemptAsync(enrolled, account, invoice, attemptNo, amount, today, attemptNo >= maxAttempts, ct);
            if (outcome == AutopayOutcome.Succeeded)
            {
                charged++;
                left -= amount;
            }
            else if (outcome == AutopayOutcome.Failed)
                declined++;
        }
        return (charged, declined);
    }

    /// <summary>Claims, charges and records one attempt; null when another run holds it (or the charge's fate is unknown).</summary>
    private async Task<AutopayOutcome?> AttemptAsync(Enrolled enrolled, PayableAccount account, PayableInvoice invoice, int attemptNo,
        decimal amount, DateOnly today, bool lastAttempt, CancellationToken ct)
    {
        var method = enrolled.Method;
        var attempt = new AutopayAttempt
        {
            Id = Guid.NewGuid(), AccountId = account.Id, InvoiceId = invoice.Id, InvoiceNumber = invoice.Number, AttemptNo = attemptNo,
            ChargeDate = today, AttemptedAt = clock.GetUtcNow(), Amount = amount, Currency = account.Currency,
            Method = method?.Label ?? "Removed method", Outcome = AutopayOutcome.Pending,
        };
        db.Add(attempt);
        if (!await SavedAsync(ct))
            return null;

        PaymentOutcome paid;
        if (method is null)
            paid = PaymentOutcome.Refused("The autopay payment method was removed; choose another one on Autopay.");
        else
        {
            var key = Key(invoice.Id, attemptNo);
            try
            {
                paid = await processor.PayAsync(new PaymentRequest(account.Id, amount, [invoice.Id], key, TokenizedMethod.From(method), method.Id,
                    SaveAsNew: false, MakeDefault: false, enrolled.AchText, enrolled.Enrolment.ChangedBy, IpAddress: null), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The charge may or may not have gone through: the attempt stays Pending for staff and is never retried blindly.
                LogStuck(e, invoice.Id, attemptNo);
                db.ChangeTracker.Clear();
                return null;
            }
        }

        var row = await db.Set<AutopayAttempt>().FirstAsync(a => a.Id == attempt.Id, ct);
        row.Outcome = paid.PaymentId is null ? AutopayOutcome.Failed : AutopayOutcome.Succeeded;
        row.PaymentId = paid.PaymentId;
        row.Message = paid.Error is { Length: > AutopayAttempt.MessageMaxLength } e2 ? e2[..AutopayAttempt.MessageMaxLength] : paid.Error;
        if (row.Outcome == AutopayOutcome.Failed && lastAttempt)
            await FailureEmailAsync(enrolled, account, row, ct);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        if (row.Outcome == AutopayOutcome.Failed)
            LogDeclined(invoice.Id, attemptNo, row.Message);
        return row.Outcome;
    }

    /// <summary>
    /// Attempts a stopped run left Pending (older than <see cref="StuckAfter"/>) take the outcome of their payment once it is
    /// settled (PaymentReconciler completes or fails it); one never started (no payment) is Failed. Only then may a retry follow.
    /// </summary>
    private async Task SettleStuckAsync(Enrolled enrolled, PayableAccount account, BillingSettings settings, CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow() - StuckAfter;
        var pending = (await db.Set<AutopayAttempt>().AsNoTracking()
                .Where(a => a.AccountId == account.Id && a.Outcome == AutopayOutcome.Pending).ToListAsync(ct))
            .Where(a => a.AttemptedAt < cutoff).ToList();
        foreach (var attempt in pending)
        {
            var key = Key(attempt.InvoiceId, attempt.AttemptNo);
            var payment = await db.Payments.AsNoTracking().Where(p => p.IdempotencyKey == key).Select(p => new { p.Id, p.Status }).FirstOrDefaultAsync(ct);
            if (payment?.Status == PaymentStatus.Pending)
                continue;
            var outcome = payment?.Status == PaymentStatus.Succeeded ? AutopayOutcome.Succeeded : AutopayOutcome.Failed;
            var message = outcome == AutopayOutcome.Succeeded ? null
                : payment is null ? "The charge was never made (the run stopped)."
                : await db.Set<PortalCharge>().Where(c => c.PaymentId == payment.Id).Select(c => c.FailureMessage).FirstOrDefaultAsync(ct)
                  ?? "The payment was declined.";
            // Only the run that moves it out of Pending settles it (and sends the failure email).
            var settled = await db.Set<AutopayAttempt>().Where(a => a.Id == attempt.Id && a.Outcome == AutopayOutcome.Pending)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.Outcome, outcome).SetProperty(a => a.PaymentId, payment == null ? (Guid?)null : payment.Id)
                    .SetProperty(a => a.Message, message), ct);
            if (settled == 1 && outcome == AutopayOutcome.Failed && attempt.AttemptNo >= 1 + settings.AutopayMaxRetries)
            {
                attempt.Message = message;
                await FailureEmailAsync(enrolled, account, attempt, ct);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task FailureEmailAsync(Enrolled enrolled, PayableAccount account, AutopayAttempt attempt, CancellationToken ct) =>
        await outbox.AddAsync(db, AutopayEmails.Failed, new AutopayFailedModel(account.Number, account.Name, attempt.InvoiceNumber,
            PaymentMoney.Format(attempt.Amount, attempt.Currency), attempt.Method, attempt.AttemptNo, attempt.Message ?? "The payment was declined."),
            new EmailRecipient(enrolled.Enrolment.ChangedBy), ct);

    /// <summary>The payment's idempotency key: the same tenant, invoice and attempt never charge twice.</summary>
    private string Key(Guid invoiceId, int attemptNo) => $"autopay:{tenant.Current.Id}:{invoiceId:D}:{attemptNo}";

    /// <summary>Saves a claim (notice or attempt); false when another run made it first (unique key).</summary>
    private async Task<bool> SavedAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private DateOnly LocalDate(DateTimeOffset at)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(tenant.Current.TimeZone, out var z) ? z : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
    }

    private sealed record Enrolled(AutopayEnrolment Enrolment, SavedPaymentMethod? Method, string? AchText);

    [LoggerMessage(LogLevel.Information, "Autopay attempt {AttemptNo} for invoice {InvoiceId} failed: {Reason}.")]
    private partial void LogDeclined(Guid invoiceId, int attemptNo, string? reason);

    [LoggerMessage(LogLevel.Error, "Autopay attempt {AttemptNo} for invoice {InvoiceId} left pending: the charge failed unexpectedly.")]
    private partial void LogStuck(Exception e, Guid invoiceId, int attemptNo);
}
