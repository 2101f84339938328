using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;
using SelfCare.Platform.Api;

namespace SelfCare.Agreements.Api;

/// <summary>PUT /api/v1/agreements/{externalId}: creates or replaces an agreement's terms; the same body twice changes nothing.</summary>
internal sealed class AgreementUpserts(AgreementsDbContext db, IAccountReferences accounts, BalanceQuery balances, TenantToday today, TimeProvider clock)
{
    private const int MaxAttempts = 3;

    public async Task<UpsertOutcome<AgreementV1>> UpsertAsync(UpsertRequest<AgreementUpsertV1> request)
    {
        var b = request.Body;
        var errors = Validate(b);
        if (errors.Any)
            return UpsertOutcome<AgreementV1>.Invalid(errors);
        var ct = request.CancellationToken;
        var account = await accounts.ResolveAsync(b.AccountExternalId, b.AccountNumber, (f, m) => errors.Add(f, m), ct);
        if (account is null)
            return UpsertOutcome<AgreementV1>.Invalid(errors);
        var number = b.Number!.Trim();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var a = await db.Agreements.FirstOrDefaultAsync(x => x.ExternalId == request.ExternalId, ct);
                if (await db.Agreements.IgnoreQueryFilters().AnyAsync(x => x.Number == number && (a == null || x.Id != a.Id), ct))
                    return UpsertOutcome<AgreementV1>.Invalid(errors.Add("number", $"Another agreement already has the number {number}."));
                var created = a is null;
                a ??= db.Agreements.Add(new Agreement { Id = Guid.NewGuid(), ExternalId = request.ExternalId, CreatedAt = clock.GetUtcNow() }).Entity;
                Apply(a, b, account.Id, number);
                await db.SaveChangesAsync(ct);
                var view = AgreementViews.ToV1(a, account.Number, today.Value, (await balances.BucketsAsync(a, ct)).Sum(x => x.Balance));
                return created ? UpsertOutcome<AgreementV1>.Created(view) : UpsertOutcome<AgreementV1>.Updated(view);
            }
            catch (DbUpdateException e) when (UniqueConstraint.IsViolation(e) && attempt < MaxAttempts)
            {
                // Someone inserted this external id or number meanwhile: look again.
            }
            db.ChangeTracker.Clear();
        }
    }

    private static ApiErrors Validate(AgreementUpsertV1 b)
    {
        var errors = new ApiErrors()
            .Text("number", "The number", b.Number, Agreement.NumberMaxLength, required: true)
            .Text("title", "The title", b.Title, Agreement.TitleMaxLength, required: true);
        if (!Enum.TryParse<AgreementType>(b.Type, ignoreCase: true, out var type) || !Enum.IsDefined(type) || int.TryParse(b.Type, out _))
            errors.Add("type", "The type must be MasterServices, EmergencySupport, HelpDesk or BlockHours.");
        if (b.StartDate is null)
            errors.Add("startDate", "The start date is required.");
        else if (b.EndDate is { } end && end < b.StartDate)
            errors.Add("endDate", "The end date cannot be before the start date.");
        var tiers = b.CoveredTiers ?? [];
        if (tiers.Count == 0 || tiers.Any(t => !Enum.TryParse<SupportTier>(t, ignoreCase: true, out var x) || !Enum.IsDefined(x) || int.TryParse(t, out _)))
            errors.Add("coveredTiers", "Name one or more of Emergency, HelpDesk, ProfessionalServices.");
        foreach (var (field, value) in new[] { ("emergencyRate", b.EmergencyRate), ("helpDeskRate", b.HelpDeskRate), ("professionalRate", b.ProfessionalRate),
                     ("blockPricePerHour", b.BlockPricePerHour) })
            if (value is < 0 or > 100000)
                errors.Add(field, "Enter an amount from 0 to 100,000.");
        if (b.AfterHoursMultiplier is < 1 or > 5)
            errors.Add("afterHoursMultiplier", "The after-hours multiplier is from 1 to 5.");
        if (b.IncludedMonthlyHours is < 0 or > 744)
            errors.Add("includedMonthlyHours", "Included hours per month are from 0 to 744.");
        if (b.CarryOverMonths is < 0 or > 12)
            errors.Add("carryOverMonths", "Carry-over is from 0 to 12 months.");
        if (b.BlockValidityMonths is < 1 or > 120)
            errors.Add("blockValidityMonths", "Block validity is from 1 to 120 months.");
        if (b.LowBalanceHours is < 0 or > 10000)
            errors.Add("lowBalanceHours", "The low-balance alert is from 0 to 10,000 hours.");
        AccountReferenceInput.Check(b.AccountExternalId, b.AccountNumber, (f, m) => errors.Add(f, m));
        if (!errors.Has(AccountReferenceInput.ExternalIdField))
            errors.Check(AccountReferenceInput.ExternalIdField, b.AccountExternalId, required: false);
        return errors;
    }

    private void Apply(Agreement a, AgreementUpsertV1 b, Guid accountId, string number)
    {
        a.AccountId = accountId;
        a.Number = number;
        a.Title = b.Title!.Trim();
        a.Type = Enum.Parse<AgreementType>(b.Type!, ignoreCase: true);
        a.StartDate = b.StartDate!.Value;
        a.EndDate = b.EndDate;
        a.AutoRenew = b.AutoRenew ?? false;
        a.CoveredTiers = AgreementRules.JoinTiers(b.CoveredTiers!.Select(t => Enum.Parse<SupportTier>(t, ignoreCase: true)));
        a.EmergencyRate = b.EmergencyRate;
        a.HelpDeskRate = b.HelpDeskRate;
        a.ProfessionalRate = b.ProfessionalRate;
        a.AfterHoursMultiplier = b.AfterHoursMultiplier ?? 1m;
        a.IncludedMonthlyMinutes = Hours.ToMinutes(b.IncludedMonthlyHours ?? 0);
        a.CarryOverMonths = b.CarryOverMonths ?? 0;
        a.BlockValidityMonths = b.BlockValidityMonths;
        a.BlockPricePerHour = b.BlockPricePerHour;
        a.LowBalanceMinutes = b.LowBalanceHours is { } low ? Hours.ToMinutes(low) : null;
        a.EmergencyDrawsRetainer = b.EmergencyDrawsRetainer ?? false;
        if (b.Cancelled == true && a.CancelledAt is null)
        {
            a.CancelledAt = clock.GetUtcNow();
            a.CancelledBy = "api";
        }
    }
}
