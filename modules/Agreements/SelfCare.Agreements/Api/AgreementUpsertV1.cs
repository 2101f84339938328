namespace SelfCare.Agreements.Api;

/// <summary>Body of <c>PUT /api/v1/agreements/{externalId}</c>. Hours are hours; <c>cancelled: true</c> cancels it (not undone).</summary>
internal sealed class AgreementUpsertV1
{
    public string? AccountExternalId { get; set; }
    public string? AccountNumber { get; set; }
    public string? Number { get; set; }
    public string? Title { get; set; }

    /// <summary>MasterServices, EmergencySupport, HelpDesk or BlockHours.</summary>
    public string? Type { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public bool? AutoRenew { get; set; }

    /// <summary>Emergency, HelpDesk, ProfessionalServices.</summary>
    public List<string>? CoveredTiers { get; set; }
    public decimal? EmergencyRate { get; set; }
    public decimal? HelpDeskRate { get; set; }
    public decimal? ProfessionalRate { get; set; }
    public decimal? AfterHoursMultiplier { get; set; }
    public decimal? IncludedMonthlyHours { get; set; }
    public int? CarryOverMonths { get; set; }
    public int? BlockValidityMonths { get; set; }
    public decimal? BlockPricePerHour { get; set; }
    public decimal? LowBalanceHours { get; set; }
    public bool? EmergencyDrawsRetainer { get; set; }
    public bool? Cancelled { get; set; }
}
