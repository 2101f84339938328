namespace SelfCare.Platform.Reports;

public enum ReportChartKind
{
    Bar,
    Line,
}
