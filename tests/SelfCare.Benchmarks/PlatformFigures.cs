using SelfCare.Benchmarks.Figures;

namespace SelfCare.Benchmarks;

/// <summary>Issue 2's figures: start-up and memory with 1,000 tenants against 3, the cold tenant, the warm login page.</summary>
internal static class PlatformFigures
{
    public static IEnumerable<Figure> From(Settings settings, List<StartSample> starts, List<ColdSample> colds, Dictionary<int, LoadResult> loads)
    {
        var n = settings.Tenants;
        double Median(int count, Func<StartSample, double> value) =>
            Stats.Median(starts.Where(s => s.Tenants == count && s.FirstStart).Select(value));
        var startRatio = Median(n, s => s.StartMs) / Median(3, s => s.StartMs);
        yield return new Figure(2, $"Host start to the first login page, {n:N0} tenants ÷ 3 tenants (first start)",
            $"{startRatio:F2}× ({Median(n, s => s.StartMs):F0} vs {Median(3, s => s.StartMs):F0} ms)", $"≤ {Report.StartRatioGoal}×", startRatio <= Report.StartRatioGoal);
        var memory = Median(n, s => s.RssSettledMb) - Median(3, s => s.RssSettledMb);
        yield return new Figure(2, $"Memory with {n:N0} tenants configured (none active) over 3",
            $"{memory:+0.0;-0.0} MB", $"≤ +{Report.MemoryGoalMb} MB", memory <= Report.MemoryGoalMb);
        var cold = colds.Where(c => c.TenantId == "accelecom" && c.Tenants == 3).Select(c => c.RequestMs).ToList();
        if (cold.Count > 0)
            yield return Figure.Reported(2, "First request to a cold demo tenant (activation, migrations, demo data)", Stats.Median(cold), "ms", "F0");
        if (loads.TryGetValue(3, out var warm))
            yield return Figure.Reported(2, "Warm login page, wrk 16 connections (3 tenants)", warm.RequestsPerSecond, "req/s", "N0");
    }
}
