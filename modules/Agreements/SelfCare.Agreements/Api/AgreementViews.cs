using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;

namespace SelfCare.Agreements.Api;

internal static class AgreementViews
{
    public static AgreementV1 ToV1(Agreement a, string? accountNumber, DateOnly today, int balanceMinutes) => new(
        a.Id, a.ExternalId, a.AccountId, accountNumber, a.Number, a.Title, a.Type.ToString(), a.StartDate, a.EndDate, a.AutoRenew, a.StatusOn(today).ToString(),
        [.. a.Tiers.Select(t => t.ToString())], a.EmergencyRate, a.HelpDeskRate, a.ProfessionalRate, a.AfterHoursMultiplier, Hours.ToHours(a.IncludedMonthlyMinutes),
        a.CarryOverMonths, a.BlockValidityMonths, a.BlockPricePerHour, a.LowBalanceMinutes is { } m ? Hours.ToHours(m) : null, a.EmergencyDrawsRetainer,
        Hours.ToHours(balanceMinutes));

    public static TimeEntryV1 ToV1(TimeEntry t, string? agreementNumber) => new(
        t.Id, t.ExternalId, t.TicketNumber, agreementNumber, t.Tier.ToString(), t.AfterHours, Hours.ToHours(t.Minutes), Hours.ToHours(t.Minutes - t.BillableMinutes),
        Hours.ToHours(t.BillableMinutes), t.Rate, t.ContactForPayment, t.WorkedOn, t.By);
}
