namespace SelfCare.Agreements.Provisioning;

/// <summary>
/// An agreement to provision. <paramref name="Type"/>: MasterServices, EmergencySupport, HelpDesk or BlockHours; <paramref name="Tiers"/>:
/// Emergency, HelpDesk, ProfessionalServices. Hours are hours (two decimals).
/// </summary>
public sealed record NewAgreement(
    Guid AccountId, string Number, string Title, string Type, DateOnly Start, DateOnly? End, bool AutoRenew, IReadOnlyList<string> Tiers,
    decimal? EmergencyRate, decimal? HelpDeskRate, decimal? ProfessionalRate, decimal AfterHoursMultiplier, decimal IncludedMonthlyHours,
    int CarryOverMonths, int? BlockValidityMonths, decimal? BlockPricePerHour, decimal? LowBalanceHours, bool EmergencyDrawsRetainer);
