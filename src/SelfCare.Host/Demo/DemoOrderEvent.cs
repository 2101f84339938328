namespace SelfCare.Host.Demo;

/// <summary>An upcoming event <see cref="InDays"/> days after seeding, for everyone or one account (by number).</summary>
internal sealed class DemoOrderEvent
{
    public int InDays { get; set; }
    public string Title { get; set; } = "";
    public string? Body { get; set; }
    public string? Account { get; set; }
    public string PostedBy { get; set; } = "";
}
