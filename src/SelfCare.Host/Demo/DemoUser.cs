namespace SelfCare.Host.Demo;

internal sealed class DemoUser
{
    public string Email { get; set; } = "";
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";

    /// <summary>Account numbers the user is linked to (customers only).</summary>
    public List<string> Accounts { get; set; } = [];
}
