using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;
using SelfCare.Agreements.Purchases;
using SelfCare.Agreements.Time;

namespace SelfCare.Agreements.Provisioning;

internal sealed class AgreementProvisioning(AgreementsDbContext db, PurchaseLedger purchases, TimeLog log, TimeProvider clock) : IAgreementProvisioning
{
    public async Task<Guid> CreateAsync(NewAgreement n, CancellationToken cancellationToken)
    {
        var a = new Agreement
        {
            Id = Guid.NewGuid(), AccountId = n.AccountId, Number = n.Number, Title = n.Title, Type = Enum.Parse<AgreementType>(n.Type),
            StartDate = n.Start, EndDate = n.End, AutoRenew = n.AutoRenew, CoveredTiers = AgreementRules.JoinTiers(AgreementRules.ParseTiers(string.Join(',', n.Tiers))),
            EmergencyRate = n.EmergencyRate, HelpDeskRate = n.HelpDeskRate, ProfessionalRate = n.ProfessionalRate, AfterHoursMultiplier = n.AfterHoursMultiplier,
            IncludedMonthlyMinutes = Hours.ToMinutes(n.IncludedMonthlyHours), CarryOverMonths = n.CarryOverMonths, BlockValidityMonths = n.BlockValidityMonths,
            BlockPricePerHour = n.BlockPricePerHour, LowBalanceMinutes = n.LowBalanceHours is { } low ? Hours.ToMinutes(low) : null,
            EmergencyDrawsRetainer = n.EmergencyDrawsRetainer, CreatedAt = clock.GetUtcNow(),
        };
        db.Agreements.Add(a);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return a.Id;
    }

    public async Task PurchaseAsync(Guid agreementId, decimal hours, decimal amount, DateOnly on, string key, CancellationToken cancellationToken)
    {
        var agreement = db.Agreements.First(a => a.Id == agreementId);
        var p = await purchases.ClaimAsync(agreement, Hours.ToMinutes(hours), amount, key, "provisioning", null, on, cancellationToken);
        await purchases.CreditAsync(p.Id, null, cancellationToken, on);
    }

    public async Task<bool> LogTimeAsync(NewAgreementTime t, CancellationToken cancellationToken) =>
        (await log.LogAsync(new NewTimeEntry(t.TicketId, t.TicketNumber, t.Subject, t.AccountId, t.Requester, t.AgreementId, Enum.Parse<SupportTier>(t.Tier),
            t.AfterHours, Hours.ToMinutes(t.Hours), t.By, null, t.Key, null, t.WorkedOn), cancellationToken)).Entry is not null;
}
