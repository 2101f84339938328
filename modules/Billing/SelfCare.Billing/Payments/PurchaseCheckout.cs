using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Contracts.Checkout;
using SelfCare.Billing.Data;
using SelfCare.Billing.Gateway;
using SelfCare.Billing.Ledger;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Billing.Payments;

/// <summary>
/// Another module's purchase paid through <see cref="PaymentProcessor"/>: a one-time invoice keyed by the purchase's idempotency key
/// (its external id "purchase:{key}", so concurrent submissions issue one), then a payment of exactly that invoice with the same key.
/// A declined or failed payment withdraws the invoice (nothing is owed for a purchase not made); Pending ones are finished by
/// <see cref="PaymentReconciler"/>, and the seller learns the result through <see cref="FindAsync"/>.
/// </summary>
internal sealed class PurchaseCheckout(
    BillingDbContext db, PayableQuery payable, IAccountDirectory accounts, BillingSettingsStore settingsStore, MethodTokenizer tokenizer,
    MethodProtector protector, PaymentProcessor processor, ITenantContext tenant, TenantToday today, TimeProvider clock) : IPurchaseCheckout
{
    private const string SavedTicket = "saved:";
    private const string NewTicket = "new:";
    private const string InvoicePrefix = "purchase:";

    public string ModuleId => BillingModule.Id;

    public async Task<CheckoutOptions?> OptionsAsync(Guid accountId, CancellationToken ct)
    {
        if ((await accounts.FindAsync([accountId], ct)).Count == 0)
            return null;
        var settings = await settingsStore.GetAsync(ct);
        // Ordered in memory: SQLite cannot order by DateTimeOffset (an account has a handful of methods).
        var saved = (await db.Set<SavedPaymentMethod>().AsNoTracking().Where(m => m.AccountId == accountId).ToListAsync(ct))
            .OrderByDescending(m => m.IsDefault).ThenBy(m => m.CreatedAt)
            .Select(m => new CheckoutSavedMethod(m.Id, m.Label, m.ExpiryMonth is { } mm ? $"{mm:00}/{m.ExpiryYear}" : null, m.IsDefault)).ToList();
        return new CheckoutOptions(saved, settings.OfferCards, settings.OfferAch);
    }

    public async Task<CheckoutReview> ReviewAsync(CheckoutMethodInput input, CancellationToken ct)
    {
        var account = await payable.FindAsync(input.AccountId, ct);
        if (account is null)
            return Refused("AccountId", "Choose one of your accounts.");
        if (input.Amount <= 0 || !PaymentMoney.IsCents(input.Amount))
            return Refused("Amount", "Enter an amount greater than zero, in dollars and cents.");
        var settings = await settingsStore.GetAsync(ct);
        var saved = Guid.TryParse(input.Method, out var id) ? await SavedAsync(id, input.AccountId, ct) : null;
        TokenizedMethod method;
        if (saved is not null)
            method = TokenizedMethod.From(saved);
        else if (input.Method is CheckoutMethodInput.NewCard or CheckoutMethodInput.NewBankAccount)
        {
            var state = new ModelStateDictionary();
            var fields = new NewMethodFields(input.Method == CheckoutMethodInput.NewCard, input.HolderName, input.CardNumber, input.ExpiryMonth,
                input.ExpiryYear, input.Cvc, input.RoutingNumber, input.BankAccountNumber, input.BankAccountType);
            if (await tokenizer.TokenizeAsync(fields, state, "", ct) is not { } fresh)
                return CheckoutReview.Failed([.. state.SelectMany(e => e.Value.Errors.Select(x => new CheckoutError(e.Key, x.ErrorMessage)))]);
            method = fresh;
        }
        else
            return Refused("Method", "Choose how to pay.");
        if (PaymentRules.MethodError(method, settings, clock.GetUtcNow()) is { } error)
            return Refused("Method", error);
        var ticket = saved is not null ? SavedTicket + saved.Id : NewTicket + protector.Protect(method, tenant.Current.Id, input.UserId);
        var fee = method.Kind == PaymentMethodKind.Card ? settings.CardFee(input.Amount) : 0m;
        return new CheckoutReview(ticket, method.Label, fee, input.Amount + fee, AchText(method, input.PayerEmail, input.Amount, account), []);
    }

    public async Task<PurchaseOutcome> PayAsync(PurchasePayment p, CancellationToken ct)
    {
        if (p.IdempotencyKey.Length is 0 or > Payment.KeyMaxLength - 9)
            return PurchaseOutcome.Declined("This purchase form has expired. Start again.");
        if (await FindAsync(p.IdempotencyKey, ct) is { } existing)
            return existing;
        var account = await payable.FindAsync(p.AccountId, ct);
        if (account is null)
            return PurchaseOutcome.Declined("Choose one of your accounts.", "AccountId");
        var saved = p.MethodTicket.StartsWith(SavedTicket, StringComparison.Ordinal) && Guid.TryParse(p.MethodTicket[SavedTicket.Length..], out var id)
            ? await SavedAsync(id, p.AccountId, ct)
            : null;
        var method = saved is not null ? TokenizedMethod.From(saved)
            : p.MethodTicket.StartsWith(NewTicket, StringComparison.Ordinal) ? protector.Unprotect(p.MethodTicket[NewTicket.Length..], tenant.Current.Id, p.UserId)
            : null;
        if (method is null)
            return PurchaseOutcome.Declined("This purchase form has expired. Start again.");
        if (method.Kind == PaymentMethodKind.Ach && !p.AchAuthorized)
            return PurchaseOutcome.Declined("Authorize the debit from your bank account.", "AchAuthorized");

        var invoice = await ClaimInvoiceAsync(p, account.Currency, ct);
        if (invoice.AccountId != p.AccountId || invoice.Amount != p.Amount)
            return PurchaseOutcome.Declined(PaymentProcessor.KeyReused);
        account = await payable.FindAsync(p.AccountId, ct) ?? account;
        var outcome = await processor.PayAsync(new PaymentRequest(p.AccountId, p.Amount, [invoice.Id], p.IdempotencyKey, method, saved?.Id, false, false,
            AchText(method, p.PayerEmail, p.Amount, account), p.PayerEmail, p.IpAddress), ct);
        if (outcome.PaymentId is null)
        {
            await WithdrawAsync(p.IdempotencyKey, ct);
            return PurchaseOutcome.Declined(outcome.Error!, outcome.Field);
        }
        return await FindAsync(p.IdempotencyKey, ct) ?? new PurchaseOutcome(PurchasePaymentStatus.Pending, null, invoice.Number);
    }

    public async Task<PurchaseOutcome?> FindAsync(string idempotencyKey, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var payment = await db.Payments.IgnoreQueryFilters().AsNoTracking().Where(x => x.IdempotencyKey == idempotencyKey)
            .Select(x => new { x.Id, x.Status }).FirstOrDefaultAsync(ct);
        if (payment is null)
            return null;
        var number = await db.Invoices.IgnoreQueryFilters().Where(i => i.ExternalId == InvoicePrefix + idempotencyKey).Select(i => i.Number).FirstOrDefaultAsync(ct);
        if (payment.Status != PaymentStatus.Failed)
            return new PurchaseOutcome(payment.Status == PaymentStatus.Succeeded ? PurchasePaymentStatus.Succeeded : PurchasePaymentStatus.Pending, null, number);
        var message = await db.Set<PortalCharge>().IgnoreQueryFilters().Where(c => c.PaymentId == payment.Id).Select(c => c.FailureMessage).FirstOrDefaultAsync(ct);
        if (number is not null)
            await WithdrawAsync(idempotencyKey, ct);
        return PurchaseOutcome.Declined(message ?? "The payment was declined.", "Method");
    }

    /// <summary>The purchase's invoice, issued once per key: a concurrent submission that loses the unique index reads the winner's.</summary>
    private async Task<Invoice> ClaimInvoiceAsync(PurchasePayment p, string currency, CancellationToken ct)
    {
        var externalId = InvoicePrefix + p.IdempotencyKey;
        if (await db.Invoices.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(i => i.ExternalId == externalId, ct) is { } existing)
            return existing;
        var now = clock.GetUtcNow();
        var day = today.Value;
        var invoice = new Invoice
        {
            Id = Guid.NewGuid(), Number = NumberFor(p.IdempotencyKey), ExternalId = externalId, AccountId = p.AccountId, PeriodStart = day, PeriodEnd = day,
            IssueDate = day, DueDate = day, Currency = currency, CreatedAt = now, UpdatedAt = now,
            Charges =
            [
                new InvoiceCharge
                {
                    Id = Guid.NewGuid(), Category = ChargeCategory.OneTime, Product = p.Description[..Math.Min(p.Description.Length, InvoiceCharge.ProductMaxLength)],
                    Quantity = 1, UnitPrice = p.Amount, Amount = p.Amount, PeriodStart = day, PeriodEnd = day,
                },
            ],
        };
        invoice.Total();
        db.Invoices.Add(invoice);
        try
        {
            await db.SaveChangesAsync(ct);
            return invoice;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await db.Invoices.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(i => i.ExternalId == externalId, ct)
                ?? throw new InvalidOperationException("The purchase's invoice could not be issued.");
        }
    }

    /// <summary>Removes the invoice of a purchase whose payment failed (or never started), unless money was applied to it.</summary>
    private async Task WithdrawAsync(string key, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await db.Payments.IgnoreQueryFilters().AnyAsync(x => x.IdempotencyKey == key && x.Status != PaymentStatus.Failed, ct))
            return;
        var invoice = await db.Invoices.IgnoreQueryFilters().Include(i => i.Charges).FirstOrDefaultAsync(i => i.ExternalId == InvoicePrefix + key, ct);
        if (invoice is null || await db.Allocations.IgnoreQueryFilters().AnyAsync(a => a.InvoiceId == invoice.Id, ct)
            || await db.Adjustments.IgnoreQueryFilters().AnyAsync(a => a.InvoiceId == invoice.Id, ct))
            return;
        db.Invoices.Remove(invoice);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear(); // a concurrent submission of the key withdrew it first
        }
    }

    private Task<SavedPaymentMethod?> SavedAsync(Guid id, Guid accountId, CancellationToken ct) =>
        db.Set<SavedPaymentMethod>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.AccountId == accountId, ct);

    private string? AchText(TokenizedMethod method, string payer, decimal amount, PayableAccount account) =>
        method.Kind == PaymentMethodKind.Ach ? PaymentRules.AchAuthorizationText(tenant.Current.Name, payer, amount, account, method) : null;

    /// <summary>Derived from the key, so every submission of one purchase names the same invoice.</summary>
    private static string NumberFor(string key) => "PUR-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10];

    private static CheckoutReview Refused(string field, string message) => CheckoutReview.Failed([new CheckoutError(field, message)]);
}
