namespace SelfCare.Host.Demo;

/// <summary>A demo Manage Hierarchy group of an owner account (by number), optionally inside another of its groups (by name).</summary>
internal sealed class DemoGroup
{
    public string Owner { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Parent { get; set; }
    public List<string> Accounts { get; set; } = [];
}
