namespace SelfCare.Benchmarks;

/// <summary>One host start: time to the first 200 from /host/login, the host's own milestones and its memory.</summary>
internal sealed record StartSample(
    int Tenants, int Run, bool FirstStart, double StartMs, double? SeededMs, double? HostReadyMs, double? ListeningMs,
    int? TenantsReported, double RssAt200Mb, double RssSettledMb);

/// <summary>The first request to a tenant in a process (activation + migrations, + demo seeding for demo tenants).</summary>
internal sealed record ColdSample(int Tenants, int Run, string TenantId, int Order, double RequestMs, double? ActivationMs);

internal static class Stats
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
            return double.NaN;
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static double? MedianOrNull(IEnumerable<double?> values)
    {
        var present = values.Where(v => v.HasValue).Select(v => v!.Value).ToList();
        return present.Count == 0 ? null : Median(present);
    }
}
