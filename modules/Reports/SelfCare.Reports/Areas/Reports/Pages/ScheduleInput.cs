namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>The schedule form.</summary>
internal sealed class ScheduleInput
{
    public string? Name { get; set; }
    public string Range { get; set; } = "last-month";
    public Guid? Account { get; set; }
    public Dictionary<string, string> Choices { get; set; } = [];
    public string Format { get; set; } = "Xlsx";
    public string Frequency { get; set; } = "Monthly";
    public int? DayOfWeek { get; set; } = 1;
    public int? DayOfMonth { get; set; } = 1;
    public string Time { get; set; } = "08:00";
    public bool IncludeMe { get; set; } = true;

    /// <summary>Email addresses, one per line or separated by commas; they need no portal login.</summary>
    public string? Recipients { get; set; }

    public string? Message { get; set; }
}
