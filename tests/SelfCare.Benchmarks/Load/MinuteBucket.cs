namespace SelfCare.Benchmarks.Load;

/// <summary>What the workers record for one minute; thread-safe.</summary>
internal sealed class MinuteBucket
{
    private readonly List<double> _latencies = new(8192);
    private long _errors, _late;

    public void Add(double latencyMs, bool ok, bool late)
    {
        lock (_latencies)
        {
            _latencies.Add(latencyMs);
            if (!ok)
                _errors++;
            if (late)
                _late++;
        }
    }

    public IReadOnlyList<double> Latencies
    {
        get { lock (_latencies) return [.. _latencies]; }
    }

    public MinuteStats Stats(int minute)
    {
        var sorted = Latencies.Order().ToList();
        return new MinuteStats(minute, sorted.Count, Interlocked.Read(ref _errors), Interlocked.Read(ref _late),
            Percentile(sorted, 0.50), Percentile(sorted, 0.95), sorted.Count == 0 ? 0 : sorted[^1]);
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
