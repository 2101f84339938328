namespace SelfCare.Host.Demo;

/// <summary>A demo contact on an account (by number).</summary>
internal sealed class DemoContact
{
    public string Account { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Role { get; set; }
    public string? Email { get; set; }
    public string? OfficePhone { get; set; }
    public string? MobilePhone { get; set; }
    public bool Billing { get; set; }
    public bool Technical { get; set; }
}
