namespace SelfCare.Orders.Api;

internal sealed class OrderLineV1
{
    public string? Service { get; set; }
    public string? ServiceId { get; set; }
    public int? Quantity { get; set; }
    public decimal? UnitPrice { get; set; }

    /// <summary>ISO 4217; defaults to USD.</summary>
    public string? Currency { get; set; }
    public bool? Recurring { get; set; }
}
