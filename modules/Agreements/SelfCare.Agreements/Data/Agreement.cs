using SelfCare.Platform.Data;

namespace SelfCare.Agreements.Data;

/// <summary>
/// One agreement of an account: its type, term, covered tiers, rates per tier (Master Services Agreement), included monthly hours with
/// carry-over, block validity and low-balance threshold. Its pre-paid balance is never stored: it is the sum of its ledger entries.
/// </summary>
internal sealed class Agreement : IAccountOwned
{
    public const int NumberMaxLength = 40;
    public const int TitleMaxLength = 200;

    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public string Number { get; set; } = "";
    public string? ExternalId { get; set; }
    public AgreementType Type { get; set; }
    public string Title { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public bool AutoRenew { get; set; }

    /// <summary>Comma-separated <see cref="SupportTier"/> names.</summary>
    public string CoveredTiers { get; set; } = "";
    public decimal? EmergencyRate { get; set; }
    public decimal? HelpDeskRate { get; set; }
    public decimal? ProfessionalRate { get; set; }

    /// <summary>Applied to the tier's rate for time worked outside business hours (1 = none).</summary>
    public decimal AfterHoursMultiplier { get; set; } = 1m;
    public string Currency { get; set; } = "USD";
    public int IncludedMonthlyMinutes { get; set; }

    /// <summary>How many months unused included hours stay usable after their month (0: they expire at the month's end).</summary>
    public int CarryOverMonths { get; set; }

    /// <summary>How long a purchased block stays usable, in months (null: no expiry).</summary>
    public int? BlockValidityMonths { get; set; }
    public decimal? BlockPricePerHour { get; set; }

    /// <summary>Below or at this many minutes the customer's contacts and staff are emailed, once per crossing.</summary>
    public int? LowBalanceMinutes { get; set; }

    /// <summary>The client's choice: emergency time may draw pre-paid hours (otherwise it is billed at the emergency rate).</summary>
    public bool EmergencyDrawsRetainer { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancelledBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The term's last day: the end date, or the cancellation's day when earlier.</summary>
    public DateOnly? LastDay => CancelledAt is { } c && (EndDate is null || DateOnly.FromDateTime(c.UtcDateTime) < EndDate)
        ? DateOnly.FromDateTime(c.UtcDateTime)
        : EndDate;

    public IReadOnlyList<SupportTier> Tiers => AgreementRules.ParseTiers(CoveredTiers);

    public AgreementStatus StatusOn(DateOnly today) =>
        CancelledAt is not null ? AgreementStatus.Cancelled
        : EndDate is { } end && end < today ? AgreementStatus.Expired
        : StartDate > today ? AgreementStatus.Pending
        : AgreementStatus.Active;

    public decimal? RateFor(SupportTier tier) => tier switch
    {
        SupportTier.Emergency => EmergencyRate,
        SupportTier.HelpDesk => HelpDeskRate,
        _ => ProfessionalRate,
    };
}
