using System.Globalization;
using SelfCare.Platform.Documents;

namespace SelfCare.Reports.Running;

/// <summary>Cell values as numbers (totals, charts) and as screen text.</summary>
internal static class ReportValues
{
    public static decimal? Number(ExportValue value, ExportColumnKind kind)
    {
        if (!value.HasValue)
            return null;
        return kind switch
        {
            ExportColumnKind.Money or ExportColumnKind.Percent => value.Exact,
            ExportColumnKind.Integer => value.Whole,
            ExportColumnKind.Number => double.IsFinite(value.Real) ? (decimal)value.Real : null,
            _ => null,
        };
    }

    public static string Text(ExportValue value, ExportColumnKind kind, string? currency)
    {
        if (!value.HasValue)
            return "";
        var invariant = CultureInfo.InvariantCulture;
        return kind switch
        {
            ExportColumnKind.Text => value.Text ?? "",
            ExportColumnKind.Integer => value.Whole.ToString(invariant),
            ExportColumnKind.Number => value.Real.ToString("0.####", invariant),
            ExportColumnKind.Money => Money(value.Exact, currency),
            ExportColumnKind.Percent => (value.Exact * 100).ToString("0.00", invariant) + " %",
            ExportColumnKind.Date => value.Moment.ToString("yyyy-MM-dd", invariant),
            ExportColumnKind.DateTime => value.Moment.ToString("yyyy-MM-dd HH:mm:ss", invariant),
            _ => "",
        };
    }

    public static string Money(decimal amount, string? currency) =>
        (currency is null or "USD" ? "$" : currency + " ") + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
