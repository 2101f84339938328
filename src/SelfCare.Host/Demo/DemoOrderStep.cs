namespace SelfCare.Host.Demo;

/// <summary>A status change of a demo order, <see cref="DaysAgo"/> days before seeding.</summary>
internal sealed class DemoOrderStep
{
    public string Status { get; set; } = "";
    public string By { get; set; } = "";
    public int DaysAgo { get; set; }
    public string? Comment { get; set; }
}
