using Microsoft.EntityFrameworkCore;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;
using SelfCare.Agreements.Purchases;
using SelfCare.Platform.Api;

namespace SelfCare.Agreements.Api;

/// <summary>
/// PUT /api/v1/agreement-purchases/{externalId}: records a paid block and credits the ledger once. The ledger is append-only: the same
/// body again answers 200 with the purchase, a different one is refused (correct it with an adjustment).
/// </summary>
internal sealed class PurchaseUpserts(AgreementsDbContext db, PurchaseLedger purchases)
{
    public async Task<UpsertOutcome<PurchaseV1>> UpsertAsync(UpsertRequest<PurchaseUpsertV1> request)
    {
        var b = request.Body;
        var ct = request.CancellationToken;
        var errors = new ApiErrors().Check("agreementExternalId", b.AgreementExternalId);
        if (b.Hours is null or <= 0 or > 10000)
            errors.Add("hours", "The hours are from 0.01 to 10,000.");
        if (b.Amount is null or < 0 or > 10_000_000)
            errors.Add("amount", "The amount is required, from 0 to 10,000,000.");
        if (errors.Any)
            return UpsertOutcome<PurchaseV1>.Invalid(errors);
        if (await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.ExternalId == b.AgreementExternalId, ct) is not { } agreement)
            return UpsertOutcome<PurchaseV1>.Invalid(errors.Add("agreementExternalId", $"No agreement has the external id '{b.AgreementExternalId}'."));
        var minutes = Hours.ToMinutes(b.Hours!.Value);
        var amount = Math.Round(b.Amount!.Value, 2);
        var existing = await db.Purchases.AsNoTracking().FirstOrDefaultAsync(p => p.ExternalId == request.ExternalId, ct);
        if (existing is not null && (existing.AgreementId != agreement.Id || existing.Minutes != minutes || existing.Amount != amount))
            return UpsertOutcome<PurchaseV1>.Invalid(errors.Add("hours", "A recorded purchase cannot be changed; record an adjustment on the agreement instead."));
        var claimed = existing ?? await purchases.ClaimAsync(agreement, minutes, amount, "api:" + request.ExternalId, "api", request.ExternalId, b.PurchasedOn, ct);
        var paid = await purchases.CreditAsync(claimed.Id, null, ct, claimed.PurchasedOn < DateOnly.FromDateTime(DateTime.UtcNow) ? claimed.PurchasedOn : null)
            ?? claimed;
        var view = new PurchaseV1(paid.Id, paid.ExternalId, agreement.Number, Hours.ToHours(paid.Minutes), paid.Amount, paid.Currency, paid.PurchasedOn, paid.Status.ToString());
        return existing is null ? UpsertOutcome<PurchaseV1>.Created(view) : UpsertOutcome<PurchaseV1>.Updated(view);
    }
}
