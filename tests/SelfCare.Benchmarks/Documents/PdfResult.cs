namespace SelfCare.Benchmarks.Documents;

/// <summary>One way of printing the invoice: per-document latencies and throughput over the whole batch.</summary>
internal sealed record PdfResult(double[] LatenciesMs, double Seconds, int Pages, double? FirstRenderMs)
{
    public double P50 => Percentile(0.50);
    public double P95 => Percentile(0.95);
    public double PerSecond => LatenciesMs.Length / Seconds;

    private double Percentile(double p)
    {
        var sorted = LatenciesMs.Order().ToArray();
        var rank = (int)Math.Ceiling(p * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
