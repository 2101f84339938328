namespace SelfCare.Benchmarks.Billing;

/// <summary>One invoice to PUT (charge amounts given in cents-exact decimals, so the total is known) and, when paid, its payment.</summary>
internal sealed record BillSeed(string ExternalId, string Number, string AccountNumber, DateOnly IssueDate, DateOnly DueDate,
    IReadOnlyList<ChargeSeed> Charges, DateOnly? PaidOn)
{
    public decimal Total => Charges.Sum(c => c.Amount);
}

internal sealed record ChargeSeed(string Category, string? ServiceId, string Product, decimal Quantity, decimal UnitPrice, decimal Amount);
