using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Billing.Emails;
using SelfCare.Billing.Ledger;
using SelfCare.Platform.Api;

namespace SelfCare.Billing.Api;

/// <summary>
/// PUT /api/v1/invoices/{externalId}: creates the invoice (and queues the invoice-ready email) or replaces its fields and
/// charge lines. The same body twice changes nothing. Two identical requests at once: the unique index lets one insert,
/// the other retries as an update.
/// </summary>
internal sealed class InvoiceUpserts(BillingDbContext db, IAccountReferences accounts, LedgerQuery ledger, InvoiceReadyEmail email, TimeProvider clock)
{
    private const int MaxAttempts = 3;

    public async Task<UpsertOutcome<InvoiceV1>> UpsertAsync(UpsertRequest<InvoiceUpsertV1> request)
    {
        var body = request.Body;
        var errors = Validate(body);
        if (errors.Any)
            return UpsertOutcome<InvoiceV1>.Invalid(errors);
        var account = await accounts.ResolveAsync(body.AccountExternalId, body.AccountNumber, (f, m) => errors.Add(f, m), request.CancellationToken);
        if (account is null)
            return UpsertOutcome<InvoiceV1>.Invalid(errors);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SaveAsync(request.ExternalId, body, account, BillsUrl(request), request.CancellationToken);
            }
            catch (DbUpdateException e) when (UniqueConstraint.IsViolation(e) && attempt < MaxAttempts)
            {
                // Someone inserted this external id meanwhile: look again.
            }
            db.ChangeTracker.Clear();
        }
    }

    private static ApiErrors Validate(InvoiceUpsertV1 body)
    {
        var errors = new ApiErrors()
            .Text("number", "The invoice number", body.Number, Invoice.NumberMaxLength, required: true)
            .Required("periodStart", "The billing period start", body.PeriodStart)
            .Required("periodEnd", "The billing period end", body.PeriodEnd)
            .Required("issueDate", "The issue date", body.IssueDate)
            .Required("dueDate", "The due date", body.DueDate)
            .Currency("currency", body.Currency);
        AccountReferenceInput.Check(body.AccountExternalId, body.AccountNumber, (f, m) => errors.Add(f, m));
        if (!errors.Has(AccountReferenceInput.ExternalIdField))
            errors.Check(AccountReferenceInput.ExternalIdField, body.AccountExternalId, required: false);
        if (body.PeriodEnd < body.PeriodStart)
            errors.Add("periodEnd", "The billing period cannot end before it starts.");
        if (body.DueDate < body.IssueDate)
            errors.Add("dueDate", "The due date cannot be before the issue date.");
        if (body.Charges is { Count: > 500 })
            errors.Add("charges", "An invoice can have at most 500 charge lines.");
        foreach (var (line, i) in (body.Charges ?? []).Select((l, i) => (l, i)))
        {
            var f = $"charges[{i}]";
            if (line is null)
            {
                errors.Add(f, "A charge line cannot be null.");
                continue;
            }
            if (!Enum.TryParse<ChargeCategory>(line.Category, ignoreCase: true, out var c) || !Enum.IsDefined(c) || int.TryParse(line.Category, out _))
                errors.Add($"{f}.category", $"The category must be one of {string.Join(", ", Enum.GetNames<ChargeCategory>())}.");
            errors.Text($"{f}.product", "The product", line.Product, InvoiceCharge.ProductMaxLength, required: true)
                .Text($"{f}.serviceId", "The service id", line.ServiceId, 60, required: false)
                .Money($"{f}.unitPrice", "The unit price", line.UnitPrice, required: line.Amount is null, allowNegative: true, decimals: 4)
                .Money($"{f}.amount", "The amount", line.Amount, required: false, allowNegative: true);
            if (line.Quantity is < 0 or > 1_000_000 || (line.Quantity is { } q && decimal.Round(q, 4) != q))
                errors.Add($"{f}.quantity", "The quantity must be from 0 to 1000000 with at most 4 decimals.");
            if (line.PeriodEnd < line.PeriodStart)
                errors.Add($"{f}.periodEnd", "The charge period cannot end before it starts.");
        }
        return errors;
    }

    private async Task<UpsertOutcome<InvoiceV1>> SaveAsync(
        string externalId, InvoiceUpsertV1 body, AccountReference account, Func<Guid, string> billUrl, CancellationToken ct)
    {
        var number = body.Number!.Trim();
        var invoice = await db.Invoices.Include(i => i.Charges).FirstOrDefaultAsync(i => i.ExternalId == externalId, ct);
        if (await db.Invoices.IgnoreQueryFilters().AnyAsync(i => i.Number == number && (invoice == null || i.Id != invoice.Id), ct))
            return UpsertOutcome<InvoiceV1>.Invalid(new ApiErrors().Add("number", $"Another invoice already has the number {number}."));
        var wanted = new NewInvoice(number, account.Id, body.PeriodStart!.Value, body.PeriodEnd!.Value, body.IssueDate!.Value,
            body.DueDate!.Value, MoneyInput.CurrencyOrDefault(body.Currency), [.. (body.Charges ?? []).Select(ToCharge)], externalId);
        var now = clock.GetUtcNow();
        if (invoice is null)
        {
            invoice = LedgerFactory.Invoice(wanted, now);
            var url = billUrl(invoice.Id);
            db.Invoices.Add(invoice);
            await email.QueueAsync(invoice, url, ct);
            await db.SaveChangesAsync(ct);
            await email.DispatchAsync(ct);
            return UpsertOutcome<InvoiceV1>.Created(await ViewAsync(invoice.Id, account, ct));
        }
        if (!Same(invoice, wanted))
        {
            invoice.Number = wanted.Number;
            invoice.AccountId = wanted.AccountId;
            invoice.PeriodStart = wanted.PeriodStart;
            invoice.PeriodEnd = wanted.PeriodEnd;
            invoice.IssueDate = wanted.IssueDate;
            invoice.DueDate = wanted.DueDate;
            invoice.Currency = wanted.Currency;
            invoice.UpdatedAt = now;
            db.RemoveRange(invoice.Charges);
            var lines = wanted.Charges.Select((c, i) => LedgerFactory.Charge(invoice.Id, c, i)).ToList();
            db.AddRange(lines);
            invoice.Amount = lines.Sum(l => l.Amount);
            await db.SaveChangesAsync(ct);
        }
        return UpsertOutcome<InvoiceV1>.Updated(await ViewAsync(invoice.Id, account, ct));
    }

    /// <summary>The bill's page on the portal address this request came to (the tenant's host and prefix).</summary>
    private static Func<Guid, string> BillsUrl(UpsertRequest<InvoiceUpsertV1> request)
    {
        var r = request.Http.Request;
        return id => $"{r.Scheme}://{r.Host}{r.PathBase}/bills/details/{id}";
    }

    private static NewCharge ToCharge(InvoiceChargeV1? c)
    {
        var quantity = c!.Quantity ?? 1m;
        var unitPrice = c.UnitPrice ?? c.Amount!.Value;
        return new NewCharge(c.Category!.Trim(), MoneyInput.Blank(c.ServiceId), c.Product!.Trim(), quantity, unitPrice,
            c.Amount ?? decimal.Round(quantity * unitPrice, 2, MidpointRounding.AwayFromZero), c.PeriodStart, c.PeriodEnd);
    }

    private static bool Same(Invoice i, NewInvoice w) =>
        i.Number == w.Number && i.AccountId == w.AccountId && i.PeriodStart == w.PeriodStart && i.PeriodEnd == w.PeriodEnd
        && i.IssueDate == w.IssueDate && i.DueDate == w.DueDate && i.Currency == w.Currency
        && i.Charges.OrderBy(c => c.Position).Select(c => new NewCharge(c.Category.ToString(), c.ServiceId, c.Product, c.Quantity, c.UnitPrice,
                c.Amount, c.PeriodStart, c.PeriodEnd))
            .SequenceEqual(w.Charges.Select(c => c with { Category = Enum.Parse<ChargeCategory>(c.Category, true).ToString() }));

    private async Task<InvoiceV1> ViewAsync(Guid id, AccountReference account, CancellationToken ct)
    {
        var saved = await db.Invoices.AsNoTracking().Include(i => i.Charges).SingleAsync(i => i.Id == id, ct);
        var balance = (await ledger.InvoiceBalancesAsync([saved], ct))[id];
        return InvoiceViews.ToV1(saved, account, balance, withCharges: true);
    }
}
