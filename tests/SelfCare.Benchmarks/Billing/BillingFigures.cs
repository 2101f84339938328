using SelfCare.Benchmarks.AccountDetails;
using SelfCare.Benchmarks.Figures;

namespace SelfCare.Benchmarks.Billing;

/// <summary>Issue 5's figures: the Summary page's p95 and its ratio to the bare endpoint (demo and big data), the warm invoice PDF.</summary>
internal static class BillingFigures
{
    public static IEnumerable<Figure> From(IReadOnlyList<PageResult> pages, BillPdfResult pdf)
    {
        foreach (var data in new[] { "big", "demo" })
        {
            if (pages.FirstOrDefault(p => p.DataSet == data && p.Path == "") is not { Load: { } summary } ||
                pages.FirstOrDefault(p => p.DataSet == data && p.Path == "health") is not { Load: { } bare })
                continue;
            var account = data == "big" ? "50 children × 24 invoices" : "demo account";
            yield return Figure.Below(5, $"Summary page ({account}), wrk 16 connections: p95", summary.P95Ms ?? double.NaN, BillingReport.GoalP95Ms, "ms");
            yield return Figure.AtLeast(5, $"Summary page ({account}): req/s ÷ bare endpoint's req/s ({summary.RequestsPerSecond:F0} ÷ {bare.RequestsPerSecond:F0})",
                summary.RequestsPerSecond / bare.RequestsPerSecond, BillingReport.GoalRatio, "");
            yield return Figure.Reported(5, $"Summary page ({account}): p50", summary.P50Ms ?? double.NaN, "ms");
        }
        if (pdf.Missing is null)
            yield return Figure.Reported(5, $"Invoice PDF ({pdf.Pages} pages), warm: p50", Stats.Median(pdf.Ms), "ms", "F0");
    }
}
