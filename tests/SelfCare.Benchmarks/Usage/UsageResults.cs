namespace SelfCare.Benchmarks.Usage;

/// <summary>One database's figures: the API import (per batch seconds) and the Call Detail export to Excel.</summary>
internal sealed record UsageResult(
    string Provider, int Rows, IReadOnlyList<double> BatchSeconds, double HostPeakDuringImportMb,
    double ExportSeconds, long ExportBytes, double ExportBaselineRssMb, double ExportPeakMb, double? FirstByteSeconds)
{
    public double ImportSeconds => BatchSeconds.Sum();
    public double RowsPerSecond => Rows / ImportSeconds;
}

/// <summary>The demo seed: rows, the seeder's own time and the whole tenant activation.</summary>
internal sealed record DemoSeedResult(int Rows, double? SeedMs, double? ActivationMs);
