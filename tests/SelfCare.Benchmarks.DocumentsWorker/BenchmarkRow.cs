using SelfCare.Platform.Documents;

namespace SelfCare.Benchmarks.DocumentsWorker;

/// <summary>A billing-like row with ten columns of mixed kinds, made from its index (no data set held in memory).</summary>
internal sealed record BenchmarkRow(int Index)
{
    private static readonly string[] Cities = ["Louisville", "Lexington", "Bowling Green", "Frankfort", "Zürich", "São Paulo", "Москва", "東京"];
    private static readonly string[] Plans = ["Business Fiber 1G", "SIP Trunk, 20 channels", "Hosted PBX \"Pro\"", "Managed Wi-Fi"];

    public static readonly IReadOnlyList<ExportColumn<BenchmarkRow>> Columns =
    [
        ExportColumn<BenchmarkRow>.Text("Account", r => $"AC-{100000 + r.Index}"),
        ExportColumn<BenchmarkRow>.Text("Name", r => $"Customer {r.Index} – {Cities[r.Index % Cities.Length]}"),
        ExportColumn<BenchmarkRow>.Text("Plan", r => Plans[r.Index % Plans.Length]),
        ExportColumn<BenchmarkRow>.Integer("Lines", r => r.Index % 250),
        ExportColumn<BenchmarkRow>.Number("Usage (GB)", r => r.Index * 0.37 % 1000, decimals: 2),
        ExportColumn<BenchmarkRow>.Date("Invoice date", r => new DateOnly(2024, 1, 1).AddDays(r.Index % 900)),
        ExportColumn<BenchmarkRow>.DateTime("Last payment", r => new DateTime(2024, 1, 1).AddMinutes(r.Index * 13L % 1_000_000)),
        ExportColumn<BenchmarkRow>.Money("Amount due", r => r.Index % 100_000 / 4m, "USD"),
        ExportColumn<BenchmarkRow>.Percent("Discount", r => r.Index % 40 / 100m),
        ExportColumn<BenchmarkRow>.Text("Status", r => r.Index % 17 == 0 ? "Suspended" : "Active"),
    ];

    public static async IAsyncEnumerable<BenchmarkRow> Rows(int count, Action<int>? progress = null)
    {
        for (var i = 0; i < count; i++)
        {
            if (i % 100_000 == 0)
            {
                progress?.Invoke(i);
                await Task.Yield(); // an async source, as a database reader would be
            }
            yield return new BenchmarkRow(i);
        }
    }
}
