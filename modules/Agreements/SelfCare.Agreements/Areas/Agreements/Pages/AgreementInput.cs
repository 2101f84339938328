using System.ComponentModel.DataAnnotations;
using SelfCare.Agreements.Data;

namespace SelfCare.Agreements.Areas.Agreements.Pages;

/// <summary>The staff form for an agreement (hours typed as hours, stored as minutes).</summary>
internal sealed class AgreementInput
{
    [Required(ErrorMessage = "Choose the account.")]
    public Guid? AccountId { get; set; }

    [Required(ErrorMessage = "Enter the agreement number."), StringLength(Agreement.NumberMaxLength, ErrorMessage = "The number has at most 40 characters.")]
    public string? Number { get; set; }

    [Required(ErrorMessage = "Enter a title."), StringLength(Agreement.TitleMaxLength, ErrorMessage = "The title has at most 200 characters.")]
    public string? Title { get; set; }

    public AgreementType Type { get; set; }

    [Required(ErrorMessage = "Enter the start date.")]
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public bool AutoRenew { get; set; }
    public List<SupportTier> Tiers { get; set; } = [];

    [Range(typeof(decimal), "0", "100000", ErrorMessage = "Enter rates from 0 to 100,000.")]
    public decimal? EmergencyRate { get; set; }

    [Range(typeof(decimal), "0", "100000", ErrorMessage = "Enter rates from 0 to 100,000.")]
    public decimal? HelpDeskRate { get; set; }

    [Range(typeof(decimal), "0", "100000", ErrorMessage = "Enter rates from 0 to 100,000.")]
    public decimal? ProfessionalRate { get; set; }

    [Range(typeof(decimal), "1", "5", ErrorMessage = "Enter an after-hours multiplier from 1 to 5.")]
    public decimal AfterHoursMultiplier { get; set; } = 1m;

    [Range(typeof(decimal), "0", "744", ErrorMessage = "Enter included hours per month from 0 to 744.")]
    public decimal IncludedMonthlyHours { get; set; }

    [Range(0, 12, ErrorMessage = "Enter carry-over months from 0 to 12.")]
    public int CarryOverMonths { get; set; }

    [Range(1, 120, ErrorMessage = "Enter block validity from 1 to 120 months, or leave it empty.")]
    public int? BlockValidityMonths { get; set; }

    [Range(typeof(decimal), "0", "100000", ErrorMessage = "Enter the price per hour from 0 to 100,000.")]
    public decimal? BlockPricePerHour { get; set; }

    [Range(typeof(decimal), "0", "10000", ErrorMessage = "Enter the low-balance alert from 0 to 10,000 hours, or leave it empty.")]
    public decimal? LowBalanceHours { get; set; }

    public bool EmergencyDrawsRetainer { get; set; }
}
