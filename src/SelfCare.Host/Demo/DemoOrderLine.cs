namespace SelfCare.Host.Demo;

internal sealed class DemoOrderLine
{
    public string Service { get; set; } = "";
    public string? ServiceId { get; set; }
    public int Quantity { get; set; } = 1;
    public decimal UnitPrice { get; set; }
    public string Currency { get; set; } = "USD";
    public bool Recurring { get; set; } = true;
}
