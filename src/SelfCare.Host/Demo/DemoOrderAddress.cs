namespace SelfCare.Host.Demo;

internal sealed class DemoOrderAddress
{
    public string Street1 { get; set; } = "";
    public string? Street2 { get; set; }
    public string City { get; set; } = "";
    public string? Region { get; set; }
    public string? PostalCode { get; set; }
    public string Country { get; set; } = "US";
}
