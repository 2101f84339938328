namespace SelfCare.Platform.Documents;

/// <summary>The download formats a list page offers.</summary>
public enum ExportFormat
{
    Xlsx,
    Csv,
}
