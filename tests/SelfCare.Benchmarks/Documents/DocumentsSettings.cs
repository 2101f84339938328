using System.Globalization;

namespace SelfCare.Benchmarks.Documents;

/// <summary>Options of the documents suite: <c>-- documents [--warm N] [--cold N] [--concurrency N] [--rows N,N,...] [--keep] [--repo DIR]</c>.</summary>
internal sealed record DocumentsSettings(int WarmCount, int ColdCount, int Concurrency, int[] ExcelRows, bool Keep, string? Repository)
{
    public static DocumentsSettings Parse(string[] args)
    {
        var settings = new DocumentsSettings(100, 20, 2, [10_000, 100_000, 1_000_000], false, null);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number(int min, int max) => Math.Clamp(int.Parse(Next(), CultureInfo.InvariantCulture), min, max);
            settings = args[i] switch
            {
                "--warm" => settings with { WarmCount = Number(10, 10_000) },
                "--cold" => settings with { ColdCount = Number(2, 1_000) },
                "--concurrency" => settings with { Concurrency = Number(1, 16) },
                "--rows" => settings with { ExcelRows = Next().Split(',').Select(r => Math.Clamp(int.Parse(r, CultureInfo.InvariantCulture), 0, 1_048_575)).ToArray() },
                "--keep" => settings with { Keep = true },
                "--repo" => settings with { Repository = Next() },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --warm N, --cold N, --concurrency N, --rows N,N,..., --keep, --repo DIR."),
            };
        }
        return settings;
    }
}
