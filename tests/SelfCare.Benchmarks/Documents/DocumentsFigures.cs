using SelfCare.Benchmarks.Figures;

namespace SelfCare.Benchmarks.Documents;

/// <summary>Issue 3's document figures: warm PDF against Chromium per document, and the largest Excel export's time and memory.</summary>
internal static class DocumentsFigures
{
    public static IEnumerable<Figure> From(PdfResult warm, PdfResult cold, IReadOnlyList<ExcelResult> excel)
    {
        yield return Figure.AtLeast(3, $"PDF of a {warm.Pages}-page invoice: warm renderer's PDFs/s ÷ Chromium started per document's ({warm.PerSecond:F2} ÷ {cold.PerSecond:F2})",
            warm.PerSecond / cold.PerSecond, DocumentsReport.PdfRatioGoal, "×", "F1");
        yield return Figure.Reported(3, "PDF, warm: p50", warm.P50, "ms", "F0");
        yield return Figure.Reported(3, "PDF, warm: p95", warm.P95, "ms", "F0");
        if (excel.OrderBy(e => e.Rows).LastOrDefault() is not { } largest)
            yield break;
        yield return Figure.Below(3, $"Excel {largest.Rows:N0} rows × 10 columns: peak memory of the process", largest.PeakMb, DocumentsReport.ExcelMemoryGoalMb, "MB", "F0");
        yield return Figure.Reported(3, $"Excel {largest.Rows:N0} rows × 10 columns: time", largest.Seconds, "s");
    }
}
