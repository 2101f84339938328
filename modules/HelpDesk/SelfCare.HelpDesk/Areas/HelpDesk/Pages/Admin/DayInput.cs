namespace SelfCare.HelpDesk.Areas.HelpDesk.Pages.Admin;

/// <summary>One weekday on the settings form: both times empty means closed.</summary>
internal sealed class DayInput
{
    public DayOfWeek Day { get; set; }
    public TimeOnly? Opens { get; set; }
    public TimeOnly? Closes { get; set; }
}
