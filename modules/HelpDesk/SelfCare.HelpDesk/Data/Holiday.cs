namespace SelfCare.HelpDesk.Data;

/// <summary>A day the help desk is closed (local date in the business-hours zone).</summary>
internal sealed class Holiday
{
    public const int NameMaxLength = 100;

    public DateOnly Date { get; set; }
    public required string Name { get; set; }
}
