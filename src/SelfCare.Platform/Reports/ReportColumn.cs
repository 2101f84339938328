using SelfCare.Platform.Documents;

namespace SelfCare.Platform.Reports;

/// <summary>
/// A report column: <paramref name="Key"/> is stable (charts and saved reports use it), <paramref name="Kind"/> decides the
/// Excel cell type and the screen format, <paramref name="Currency"/> is the ISO 4217 code of a Money column.
/// <paramref name="Total"/>: Run Report and exports show the column's sum.
/// </summary>
public sealed record ReportColumn(string Key, string Header, ExportColumnKind Kind, string? Currency = null, bool Total = false);
