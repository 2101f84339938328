namespace SelfCare.Host.Demo;

/// <summary>A demo service on an account (by number) with its products.</summary>
internal sealed class DemoService
{
    public string Id { get; set; } = "";
    public string Account { get; set; } = "";
    public string? Location { get; set; }
    public string? Description { get; set; }
    public string Status { get; set; } = "Active";
    public List<DemoServiceProduct> Products { get; set; } = [];
}
