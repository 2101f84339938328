namespace SelfCare.Benchmarks.Load;

/// <summary>
/// Issue 10's soak requirements as verdicts. Memory: the mean RSS of the last 3 minutes may exceed that of minutes 2 to 4 (after
/// the warm-up) by at most 10 % and at most 50 MB. Connections: the last sample may exceed the most seen in the first 2 minutes
/// by at most a small margin (2 TCP connections or sockets, 16 file descriptors). Shorter soaks scale the windows down.
/// </summary>
internal static class SoakVerdicts
{
    public const double MemoryGrowthShare = 0.10, MemoryGrowthMb = 50;
    private const int ConnectionMargin = 2, FdMargin = 16;

    public static (double From, double To) BaselineWindow(TimeSpan soak) => (Math.Min(60, soak.TotalSeconds * 0.1), Math.Min(240, soak.TotalSeconds * 0.4));

    public static (double From, double To) LastWindow(TimeSpan soak) => (Math.Max(soak.TotalSeconds - 180, soak.TotalSeconds * 0.5), soak.TotalSeconds + 60);

    public static List<Verdict> Build(IReadOnlyList<PageLoadResult> pages, MixRun soak, IReadOnlyList<HostSample> samples)
    {
        var measured = pages.Where(p => p.Load is not null).ToList();
        var pageErrors = measured.Sum(p => p.Errors);
        var verdicts = new List<Verdict>
        {
            new("Errors under wrk (every page of every tenant; a redirect counts)", "0", pageErrors == 0,
                $"{pageErrors} errors in {measured.Sum(p => p.Load!.Requests):N0} requests over {measured.Count} pages"),
            new("Errors in the soak", "0", soak.Errors == 0, $"{soak.Errors} errors in {soak.Requests:N0} requests"),
            new("Soak rate held", "≥ 95 % of the target, < 1 % of requests late",
                soak.Rate >= 0.95 * soak.TargetRate!.Value && soak.Late <= 0.01 * soak.Requests,
                $"{soak.Rate:F1} req/s for a target of {soak.TargetRate:F1}; {soak.Late:N0} requests started over {MixLoop.LateAfter.TotalMilliseconds:F0} ms late"),
            Memory(soak.Duration, samples),
        };
        var early = samples.Where(s => s.At.TotalSeconds <= Math.Min(120, soak.Duration.TotalSeconds * 0.3)).ToList();
        var last = samples[^1];
        verdicts.Add(Bounded("Established TCP connections to the host do not grow", early.Max(s => s.TcpEstablished), last.TcpEstablished, ConnectionMargin));
        verdicts.Add(Bounded("Open sockets of the host do not grow", early.Max(s => s.Sockets), last.Sockets, ConnectionMargin));
        verdicts.Add(Bounded("Open file descriptors of the host do not grow", early.Max(s => s.Fds), last.Fds, FdMargin));
        return verdicts;
    }

    private static Verdict Memory(TimeSpan soak, IReadOnlyList<HostSample> samples)
    {
        var (baseFrom, baseTo) = BaselineWindow(soak);
        var (lastFrom, lastTo) = LastWindow(soak);
        var baseline = samples.Where(s => s.At.TotalSeconds >= baseFrom && s.At.TotalSeconds < baseTo).Select(s => s.RssMb).DefaultIfEmpty(samples[0].RssMb).Average();
        var end = samples.Where(s => s.At.TotalSeconds >= lastFrom && s.At.TotalSeconds <= lastTo).Select(s => s.RssMb).DefaultIfEmpty(samples[^1].RssMb).ToList();
        var growth = end.Average() - baseline;
        var allowed = Math.Min(MemoryGrowthShare * baseline, MemoryGrowthMb);
        return new Verdict("Memory flat (RSS, last 3 min vs min 2-4)", $"growth ≤ +{MemoryGrowthShare:P0} and ≤ +{MemoryGrowthMb:F0} MB", growth <= allowed,
            $"mean {end.Average():F1} MB in {lastFrom / 60:F1}-{Math.Min(lastTo - 60, soak.TotalSeconds) / 60:F1} min (max {end.Max():F1}) vs " +
            $"{baseline:F1} MB in {baseFrom / 60:F1}-{baseTo / 60:F1} min: {growth:+0.0;-0.0} MB ({growth / baseline:+0.0%;-0.0%}), allowed +{allowed:F1} MB");
    }

    private static Verdict Bounded(string requirement, int earlyMax, int last, int margin) =>
        new(requirement, $"last ≤ first minutes' most + {margin}", last <= earlyMax + margin, $"last sample {last}, most in the first minutes {earlyMax} (margin {margin})");
}
