namespace SelfCare.Orders.Data;

/// <summary>One service ordered; reached only through its (scoped) order.</summary>
internal sealed class OrderLine
{
    public Guid Id { get; set; }
    public Guid OrderRowId { get; set; }
    public required string Service { get; set; }

    /// <summary>The service's id once known (phone number, circuit id).</summary>
    public string? ServiceId { get; set; }
    public int Quantity { get; set; }
    public decimal UnitPrice { get; set; }
    public required string Currency { get; set; }
    public bool Recurring { get; set; }
    public int Position { get; set; }
}
