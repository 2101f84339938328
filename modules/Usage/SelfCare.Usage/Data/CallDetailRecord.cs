using SelfCare.Platform.Data;

namespace SelfCare.Usage.Data;

/// <summary>One rated call of a service (a call detail record).</summary>
internal sealed class CallDetailRecord : IAccountOwned
{
    public const int ExternalIdMaxLength = 100;
    public const int NumberMaxLength = 32;
    public const int ServiceIdMaxLength = 60;

    /// <summary>Amounts are stored as whole ten-thousandths, so both databases sum them in SQL (SQLite has no decimal).</summary>
    public const decimal UnitsPerCurrencyUnit = 10_000m;

    public long Id { get; set; }

    /// <summary>The rating system's id of the call: a retried import skips rows it already has.</summary>
    public required string ExternalId { get; set; }

    public Guid AccountId { get; set; }

    /// <summary>The Services module's customer-facing service id (phone number, trunk, seat).</summary>
    public required string ServiceId { get; set; }

    /// <summary>When the call started, UTC.</summary>
    public DateTime StartedAt { get; set; }

    public required string FromNumber { get; set; }
    public required string ToNumber { get; set; }
    public CallDirection Direction { get; set; }
    public int DurationSeconds { get; set; }
    public long AmountUnits { get; set; }
    public required string Currency { get; set; }

    /// <summary>First day of the billed month (the tenant's calendar month of <see cref="StartedAt"/> unless the import says otherwise).</summary>
    public DateOnly BillingCycle { get; set; }

    public decimal Amount => AmountUnits / UnitsPerCurrencyUnit;
}
