using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;
using SelfCare.Platform.Api;

namespace SelfCare.Billing.Api;

/// <summary>
/// PUT /api/v1/payments/{externalId}: records a payment (or a refund: a negative amount) from the billing system. Applied to
/// the named invoices, or else a payment goes to the oldest invoices with a balance first (an excess stays on the account).
/// The same body twice changes nothing; a changed body replaces the payment and its allocations.
/// </summary>
internal sealed class PaymentUpserts(BillingDbContext db, IAccountReferences accounts, LedgerQuery ledger, TimeProvider clock)
{
    private const int MaxAttempts = 3;

    public async Task<UpsertOutcome<PaymentV1>> UpsertAsync(UpsertRequest<PaymentUpsertV1> request)
    {
        var body = request.Body;
        var errors = Validate(body);
        if (errors.Any)
            return UpsertOutcome<PaymentV1>.Invalid(errors);
        var account = await accounts.ResolveAsync(body.AccountExternalId, body.AccountNumber, (f, m) => errors.Add(f, m), request.CancellationToken);
        if (account is null)
            return UpsertOutcome<PaymentV1>.Invalid(errors);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SaveAsync(request.ExternalId, body, account, request.CancellationToken);
            }
            catch (DbUpdateException e) when (UniqueConstraint.IsViolation(e) && attempt < MaxAttempts)
            {
                // Someone inserted this external id meanwhile: look again.
            }
            db.ChangeTracker.Clear();
        }
    }

    private static ApiErrors Validate(PaymentUpsertV1 body)
    {
        var errors = new ApiErrors()
            .Money("amount", "The amount", body.Amount, required: true, allowNegative: true, allowZero: false)
            .Currency("currency", body.Currency)
            .Required("date", "The payment date", body.Date)
            .Text("method", "The method", body.Method, Payment.MethodMaxLength, required: true);
        AccountReferenceInput.Check(body.AccountExternalId, body.AccountNumber, (f, m) => errors.Add(f, m));
        if (!errors.Has(AccountReferenceInput.ExternalIdField))
            errors.Check(AccountReferenceInput.ExternalIdField, body.AccountExternalId, required: false);
        var sign = Math.Sign(body.Amount ?? 0);
        foreach (var (a, i) in (body.Invoices ?? []).Select((a, i) => (a, i)))
        {
            if (a is null)
            {
                errors.Add($"invoices[{i}]", "An allocation cannot be null.");
                continue;
            }
            errors.Text($"invoices[{i}].number", "The invoice number", a.Number, Invoice.NumberMaxLength, required: true)
                .Money($"invoices[{i}].amount", "The amount", a.Amount, required: true, allowNegative: true, allowZero: false);
            if (a.Amount is { } v && sign != 0 && Math.Sign(v) != sign)
                errors.Add($"invoices[{i}].amount", "An allocation has the payment's sign (negative only for a refund).");
        }
        if (body.Amount is { } total && !errors.Any && Math.Abs((body.Invoices ?? []).Sum(a => a!.Amount!.Value)) > Math.Abs(total))
            errors.Add("invoices", "The allocations add up to more than the payment.");
        if (body.Invoices?.Where(a => a?.Number is not null).GroupBy(a => a!.Number!.Trim()).Any(g => g.Count() > 1) == true)
            errors.Add("invoices", "Name each invoice once.");
        return errors;
    }

    private async Task<UpsertOutcome<PaymentV1>> SaveAsync(string externalId, PaymentUpsertV1 body, AccountReference account, CancellationToken ct)
    {
        var payment = await db.Payments.Include(p => p.Allocations).FirstOrDefaultAsync(p => p.ExternalId == externalId, ct);
        if (payment is { Source: PaymentSource.Portal })
            return UpsertOutcome<PaymentV1>.Invalid(new ApiErrors().Add("externalId", "A payment made in the portal cannot be replaced."));
        var named = (body.Invoices ?? []).Select(a => (Number: a!.Number!.Trim(), Amount: a.Amount!.Value)).ToList();
        var numbers = named.Select(n => n.Number).ToList();
        var invoices = await db.Invoices.Where(i => i.AccountId == account.Id && numbers.Contains(i.Number))
            .ToDictionaryAsync(i => i.Number, i => i.Id, ct);
        if (numbers.FirstOrDefault(n => !invoices.ContainsKey(n)) is { } missing)
            return UpsertOutcome<PaymentV1>.Invalid(new ApiErrors().Add("invoices",
                $"Account {account.Number} has no invoice numbered '{missing}'."));
        var currency = MoneyInput.CurrencyOrDefault(body.Currency);
        var method = body.Method!.Trim();
        var created = payment is null;
        if (payment is not null && Same(payment, account.Id, body.Amount!.Value, currency, body.Date!.Value, method, named, invoices))
            return UpsertOutcome<PaymentV1>.Updated(await ViewAsync(payment.Id, account, ct));
        if (payment is null)
        {
            payment = new Payment
            {
                Id = Guid.NewGuid(), ExternalId = externalId, Source = PaymentSource.BillingSystem, Status = PaymentStatus.Succeeded,
                CreatedAt = clock.GetUtcNow(), Method = method, Currency = currency,
            };
            db.Payments.Add(payment);
        }
        else
            db.RemoveRange(payment.Allocations);
        payment.AccountId = account.Id;
        payment.Amount = body.Amount!.Value;
        payment.Currency = currency;
        payment.Date = body.Date!.Value;
        payment.Method = method;
        var allocations = named.Count > 0 || payment.Amount < 0
            ? named.Select(n => (InvoiceId: invoices[n.Number], n.Amount)).ToList()
            : await OldestFirstAsync(account.Id, payment.Id, payment.Amount, ct);
        db.AddRange(allocations.Select(a => new PaymentAllocation
        {
            Id = Guid.NewGuid(), PaymentRowId = payment.Id, InvoiceId = a.InvoiceId, AccountId = account.Id, Amount = a.Amount,
        }));
        await db.SaveChangesAsync(ct);
        var view = await ViewAsync(payment.Id, account, ct);
        return created ? UpsertOutcome<PaymentV1>.Created(view) : UpsertOutcome<PaymentV1>.Updated(view);
    }

    /// <summary>The account's invoices with a balance, oldest issue first, each taking what it still owes.</summary>
    private async Task<List<(Guid InvoiceId, decimal Amount)>> OldestFirstAsync(Guid accountId, Guid paymentId, decimal amount, CancellationToken ct)
    {
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.AccountId == accountId)
            .OrderBy(i => i.IssueDate).ThenBy(i => i.Number).ToListAsync(ct);
        var balances = await ledger.InvoiceBalancesAsync(invoices, ct);
        // This payment's old allocations (being replaced) must not count as paid.
        var own = await db.Allocations.AsNoTracking().Where(a => a.PaymentRowId == paymentId)
            .Select(a => new { a.InvoiceId, a.Amount }).ToListAsync(ct);
        var result = new List<(Guid, decimal)>();
        foreach (var invoice in invoices)
        {
            if (amount <= 0)
                break;
            var owed = balances[invoice.Id].Balance + own.Where(a => a.InvoiceId == invoice.Id).Sum(a => a.Amount);
            if (owed <= 0)
                continue;
            var take = Math.Min(owed, amount);
            result.Add((invoice.Id, take));
            amount -= take;
        }
        return result;
    }

    private static bool Same(Payment p, Guid accountId, decimal amount, string currency, DateOnly date, string method,
        List<(string Number, decimal Amount)> named, Dictionary<string, Guid> invoices) =>
        p.AccountId == accountId && p.Amount == amount && p.Currency == currency && p.Date == date && p.Method == method
        && (named.Count == 0
            || named.Select(n => (invoices[n.Number], n.Amount)).OrderBy(x => x.Item1)
                .SequenceEqual(p.Allocations.Select(a => (a.InvoiceId, a.Amount)).OrderBy(x => x.InvoiceId)));

    private async Task<PaymentV1> ViewAsync(Guid id, AccountReference account, CancellationToken ct)
    {
        var saved = await db.Payments.AsNoTracking().Include(p => p.Allocations).SingleAsync(p => p.Id == id, ct);
        var ids = saved.Allocations.Select(a => a.InvoiceId).ToList();
        var numbers = await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Number, ct);
        return PaymentViews.ToV1(saved, account.Number, numbers);
    }
}
