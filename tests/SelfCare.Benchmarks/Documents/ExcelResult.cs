using System.Text.Json;

namespace SelfCare.Benchmarks.Documents;

/// <summary>One workbook written by a fresh worker process: time, file size and memory (MB = 10^6 bytes).</summary>
internal sealed record ExcelResult(int Rows, double Seconds, double FileMb, double StartMb, double PeakMb, IReadOnlyList<(long Rows, double RssMb)> RssByRows)
{
    public static ExcelResult From(JsonElement json) => new(
        json.GetProperty("rows").GetInt32(),
        json.GetProperty("seconds").GetDouble(),
        json.GetProperty("bytes").GetInt64() / 1e6,
        json.GetProperty("startRssKiB").GetInt64() * 1024 / 1e6,
        json.GetProperty("peakRssKiB").GetInt64() * 1024 / 1e6,
        json.GetProperty("rssByRows").EnumerateArray().Select(s => (s[0].GetInt64(), s[1].GetInt64() * 1024 / 1e6)).ToList());
}
