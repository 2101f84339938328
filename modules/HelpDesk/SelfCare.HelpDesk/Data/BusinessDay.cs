namespace SelfCare.HelpDesk.Data;

/// <summary>Opening hours of one weekday in minutes after local midnight; both null: closed all day.</summary>
internal sealed class BusinessDay
{
    public DayOfWeek Day { get; set; }
    public int? OpensAt { get; set; }
    public int? ClosesAt { get; set; }
}
