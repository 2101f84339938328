namespace SelfCare.Host.Demo;

/// <summary>The demo orders and upcoming events of one demo tenant (Demo/demo-orders.json).</summary>
internal sealed class DemoOrderData
{
    public List<DemoOrder> Orders { get; set; } = [];
    public List<DemoOrderEvent> Events { get; set; } = [];
}
