namespace SelfCare.Host.Demo;

/// <summary>A demo service address on an account (by number).</summary>
internal sealed class DemoLocation
{
    public string Account { get; set; } = "";
    public string Name { get; set; } = "";
    public string Street1 { get; set; } = "";
    public string? Street2 { get; set; }
    public string City { get; set; } = "";
    public string? Region { get; set; }
    public string? PostalCode { get; set; }
    public string Country { get; set; } = "United States";
}
