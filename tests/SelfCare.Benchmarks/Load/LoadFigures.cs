using System.Globalization;
using SelfCare.Benchmarks.Figures;

namespace SelfCare.Benchmarks.Load;

/// <summary>Issue 10's load and soak figures: each tenant's pages under wrk in one line, the mix's capacity, and every soak verdict.</summary>
internal static class LoadFigures
{
    public static IEnumerable<Figure> From(IReadOnlyList<PageLoadResult> pages, MixRun capacity, MixRun soak, IReadOnlyList<Verdict> verdicts)
    {
        foreach (var tenant in pages.Where(p => p.Load is not null && p.Path != TenantPages.Health.Path).GroupBy(p => p.Tenant))
        {
            var slowest = tenant.MinBy(p => p.Load!.RequestsPerSecond)!;
            yield return new Figure(10, $"{tenant.Key}: {tenant.Count()} main pages as the customer admin under wrk, 16 connections",
                string.Create(CultureInfo.InvariantCulture,
                    $"{slowest.Load!.RequestsPerSecond:N0}-{tenant.Max(p => p.Load!.RequestsPerSecond):N0} req/s, p95 up to {tenant.Max(p => p.Load!.P95Ms):F1} ms (slowest: {slowest.Name})"));
        }
        yield return Figure.Reported(10, "Soak mix (every page of every tenant, round-robin): capacity, 16 workers", capacity.Rate, "req/s");
        yield return Figure.Reported(10, $"Soak: {soak.Duration.TotalMinutes:F0} min at half the capacity: p95", soak.P95Ms, "ms");
        foreach (var v in verdicts)
            yield return new Figure(10, v.Requirement, v.Numbers, v.Goal, v.Met);
    }
}
