using SelfCare.Platform.Data;

namespace SelfCare.Reports.Data;

/// <summary>
/// A report that runs on its own and is emailed. Owned by <see cref="AccountId"/> (the owner's account), so the account
/// scope shows it to the users of that account; it reads rows in its owner's scope (<see cref="OwnerUserId"/>).
/// </summary>
internal sealed class ReportSchedule : IAccountOwned
{
    public const int NameMaxLength = 120;
    public const int MessageMaxLength = 2000;

    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public required string OwnerUserId { get; set; }
    public required string OwnerEmail { get; set; }
    public required string Name { get; set; }
    public required string DefinitionId { get; set; }

    /// <summary>The saved parameters (<see cref="SavedParameters"/> as JSON, with a relative range).</summary>
    public required string ParametersJson { get; set; }

    public ReportFormat Format { get; set; }
    public ScheduleFrequency Frequency { get; set; }

    /// <summary>0 (Sunday) to 6 for weekly schedules.</summary>
    public int? DayOfWeek { get; set; }

    /// <summary>1 to 31 for monthly schedules (a shorter month runs on its last day).</summary>
    public int? DayOfMonth { get; set; }

    /// <summary>Minutes after local midnight in the tenant's zone.</summary>
    public int TimeOfDayMinutes { get; set; }

    public string? Message { get; set; }
    public bool Active { get; set; } = true;

    /// <summary>The next period's instant (UTC); the sweep runs the schedule once this has passed.</summary>
    public DateTime NextRunAt { get; set; }

    /// <summary>Failed attempts of the current period; the next try waits until <see cref="RetryAt"/>.</summary>
    public int FailedAttempts { get; set; }
    public DateTime? RetryAt { get; set; }

    public DateTime CreatedAt { get; set; }
    public List<ScheduleRecipient> Recipients { get; set; } = [];
}
