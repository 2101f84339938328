using SelfCare.Platform.Data;

namespace SelfCare.Billing.Data;

/// <summary>
/// Money received on one account (made in the portal or recorded by the billing system). A refund is a payment with a
/// negative <see cref="Amount"/> (and negative allocations against the invoices it reopens). Only
/// <see cref="PaymentStatus.Succeeded"/> payments count towards balances.
/// </summary>
internal sealed class Payment : IAccountOwned
{
    public const int MethodMaxLength = 100;
    public const int KeyMaxLength = 100;

    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public decimal Amount { get; set; }
    public required string Currency { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>What the customer sees: "Visa •••• 4242", "ACH •••• 6789", "Check 1043".</summary>
    public required string Method { get; set; }
    public PaymentSource Source { get; set; }

    /// <summary>The billing system's id (API payments); unique when present.</summary>
    public string? ExternalId { get; set; }

    /// <summary>The submission's idempotency key (portal payments); unique when present.</summary>
    public string? IdempotencyKey { get; set; }
    public PaymentStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who submitted it (portal) or null (billing system).</summary>
    public string? CreatedBy { get; set; }

    public List<PaymentAllocation> Allocations { get; set; } = [];
}
