namespace SelfCare.Agreements.Api;

/// <summary>An agreement in version 1 of the API, with its derived status and pre-paid balance (hours) as of today.</summary>
internal sealed record AgreementV1(
    Guid Id, string? ExternalId, Guid AccountId, string? AccountNumber, string Number, string Title, string Type, DateOnly StartDate, DateOnly? EndDate,
    bool AutoRenew, string Status, IReadOnlyList<string> CoveredTiers, decimal? EmergencyRate, decimal? HelpDeskRate, decimal? ProfessionalRate,
    decimal AfterHoursMultiplier, decimal IncludedMonthlyHours, int CarryOverMonths, int? BlockValidityMonths, decimal? BlockPricePerHour,
    decimal? LowBalanceHours, bool EmergencyDrawsRetainer, decimal BalanceHours);
