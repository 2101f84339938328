namespace SelfCare.Host.Demo;

internal sealed class DemoAccount
{
    public string Number { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Parent { get; set; }
    public string? City { get; set; }
    public string? Region { get; set; }
}
