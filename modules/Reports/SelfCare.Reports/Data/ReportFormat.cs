namespace SelfCare.Reports.Data;

public enum ReportFormat
{
    Xlsx,
    Csv,
    Pdf,
}
