using SelfCare.Benchmarks.AccountDetails;

namespace SelfCare.Benchmarks.Figures;

/// <summary>The figures of pages measured under wrk: requests per second with p50 and p95 in one line each.</summary>
internal static class PageFigures
{
    public static IEnumerable<Figure> Of(int issue, IEnumerable<PageResult> pages) =>
        pages.Where(p => p.Load is not null).Select(p => new Figure(issue,
            $"{p.Name} (`/{p.Path}`, {p.DataSet}) under wrk, 16 connections",
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{p.Load!.RequestsPerSecond:N0} req/s, p50 {p.Load.P50Ms:F1} ms, p95 {p.Load.P95Ms:F1} ms")));
}
