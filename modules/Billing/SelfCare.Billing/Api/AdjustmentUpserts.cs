using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Platform.Api;

namespace SelfCare.Billing.Api;

/// <summary>PUT /api/v1/adjustments/{externalId}: creates or replaces a credit or debit; the same body twice changes nothing.</summary>
internal sealed class AdjustmentUpserts(BillingDbContext db, IAccountReferences accounts, TimeProvider clock)
{
    private const int MaxAttempts = 3;

    public async Task<UpsertOutcome<AdjustmentV1>> UpsertAsync(UpsertRequest<AdjustmentUpsertV1> request)
    {
        var body = request.Body;
        var errors = new ApiErrors()
            .Money("amount", "The amount", body.Amount, required: true, allowNegative: false, allowZero: false)
            .Currency("currency", body.Currency)
            .Required("date", "The date", body.Date)
            .Text("description", "The description", body.Description, Adjustment.DescriptionMaxLength, required: true)
            .Text("invoiceNumber", "The invoice number", body.InvoiceNumber, Invoice.NumberMaxLength, required: false);
        if (!Enum.TryParse<AdjustmentKind>(body.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(body.Kind, out _))
            errors.Add("kind", "The kind must be Credit or Debit.");
        AccountReferenceInput.Check(body.AccountExternalId, body.AccountNumber, (f, m) => errors.Add(f, m));
        if (!errors.Has(AccountReferenceInput.ExternalIdField))
            errors.Check(AccountReferenceInput.ExternalIdField, body.AccountExternalId, required: false);
        if (errors.Any)
            return UpsertOutcome<AdjustmentV1>.Invalid(errors);
        var ct = request.CancellationToken;
        var account = await accounts.ResolveAsync(body.AccountExternalId, body.AccountNumber, (f, m) => errors.Add(f, m), ct);
        if (account is null)
            return UpsertOutcome<AdjustmentV1>.Invalid(errors);
        var number = body.InvoiceNumber?.Trim();
        Guid? invoiceId = null;
        if (!string.IsNullOrEmpty(number))
        {
            invoiceId = await db.Invoices.Where(i => i.AccountId == account.Id && i.Number == number).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct);
            if (invoiceId is null)
                return UpsertOutcome<AdjustmentV1>.Invalid(errors.Add("invoiceNumber", $"Account {account.Number} has no invoice numbered '{number}'."));
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var adjustment = await db.Adjustments.FirstOrDefaultAsync(a => a.ExternalId == request.ExternalId, ct);
                var created = adjustment is null;
                adjustment ??= db.Adjustments.Add(new Adjustment
                {
                    Id = Guid.NewGuid(), ExternalId = request.ExternalId, Currency = "", Description = "", CreatedAt = clock.GetUtcNow(),
                }).Entity;
                adjustment.AccountId = account.Id;
                adjustment.InvoiceId = invoiceId;
                adjustment.Kind = kind;
                adjustment.Amount = body.Amount!.Value;
                adjustment.Currency = MoneyInput.CurrencyOrDefault(body.Currency);
                adjustment.Date = body.Date!.Value;
                adjustment.Description = body.Description!.Trim();
                // EF writes only changed columns: the same body twice issues no UPDATE.
                await db.SaveChangesAsync(ct);
                var view = new AdjustmentV1(adjustment.Id, adjustment.ExternalId, adjustment.AccountId, account.Number, adjustment.Kind.ToString(),
                    adjustment.Amount, adjustment.Currency, adjustment.Date, adjustment.Description, invoiceId is null ? null : number);
                return created ? UpsertOutcome<AdjustmentV1>.Created(view) : UpsertOutcome<AdjustmentV1>.Updated(view);
            }
            catch (DbUpdateException e) when (UniqueConstraint.IsViolation(e) && attempt < MaxAttempts)
            {
                // Someone inserted this external id meanwhile: look again.
            }
            db.ChangeTracker.Clear();
        }
    }
}
