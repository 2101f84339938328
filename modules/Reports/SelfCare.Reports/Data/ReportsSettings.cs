namespace SelfCare.Reports.Data;

/// <summary>The tenant's one settings row (Id 1): how long Downloads keeps files.</summary>
internal sealed class ReportsSettings
{
    public const int DefaultRetentionDays = 90;

    public int Id { get; set; } = 1;
    public int RetentionDays { get; set; } = DefaultRetentionDays;
}
