using SelfCare.Platform.Data;

namespace SelfCare.Billing.Data;

/// <summary>
/// A bill issued to one account. <see cref="Amount"/> is the sum of its charge lines, set whenever they change
/// (never typed by a caller); its balance and status are derived from payments and adjustments (see <see cref="Ledger.BalanceCalculator"/>).
/// </summary>
internal sealed class Invoice : IAccountOwned
{
    public const int NumberMaxLength = 40;

    public Guid Id { get; set; }
    public required string Number { get; set; }

    /// <summary>The feeding billing system's id (integration API upserts by it).</summary>
    public string? ExternalId { get; set; }
    public Guid AccountId { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public DateOnly IssueDate { get; set; }
    public DateOnly DueDate { get; set; }
    public required string Currency { get; set; }
    public decimal Amount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<InvoiceCharge> Charges { get; set; } = [];

    /// <summary>Sets <see cref="Amount"/> from the charge lines.</summary>
    public void Total() => Amount = Charges.Sum(c => c.Amount);
}
