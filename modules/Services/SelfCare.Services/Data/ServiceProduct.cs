namespace SelfCare.Services.Data;

/// <summary>One product line of a service; reached only through its (scoped) service.</summary>
internal sealed class ServiceProduct
{
    public Guid Id { get; set; }
    public Guid ServiceRowId { get; set; }
    public required string Product { get; set; }
    public int Quantity { get; set; }
    public decimal UnitPrice { get; set; }
    public required string Currency { get; set; }
    public bool Recurring { get; set; }
    public int Position { get; set; }
}
