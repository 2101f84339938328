namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>The schedule form.</summary>
internal sealed class ScheduleInput
{
    public string? Name { get; set; }
    public string Range { get; set; } = "last-month";

    /// <summary>An account id or <c>group:</c> and a group id (<see cref="Running.ReportInput.Account"/>); empty: all the owner's accounts.</summary>
    public string? Account { get; set; }

    public Dictionary<string, string> Choices { get; set; } = [];
    public string Format { get; set; } = "Xlsx";
    public string Frequency { get; set; } = "Monthly";
    public int? DayOfWeek { get; set; } = 1;
    public int? DayOfMonth { get; set; } = 1;
    public string Time { get; set; } = "08:00";
    public bool IncludeMe { get; set; } = true;

    /// <summary>Portal users picked as recipients (ids); each receives at their current address while active.</summary>
    public List<string> Users { get; set; } = [];

    /// <summary>Email addresses, one per line or separated by commas; they need no portal login.</summary>
    public string? Recipients { get; set; }

    public string? Message { get; set; }
}
