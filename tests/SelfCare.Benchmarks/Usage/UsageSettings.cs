using System.Globalization;

namespace SelfCare.Benchmarks.Usage;

/// <summary>Options of the usage suite: rows to import (in batches of 100,000), databases, demo rows to seed.</summary>
internal sealed record UsageSettings(int Rows, IReadOnlyList<string> Providers, int DemoRows, bool Keep, string? Repository)
{
    public static UsageSettings Parse(string[] args)
    {
        var settings = new UsageSettings(1_000_000, ["Postgres", "Sqlite"], 300_000, false, null);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            settings = args[i] switch
            {
                "--rows" => settings with { Rows = Math.Clamp(int.Parse(Next(), CultureInfo.InvariantCulture), 100_000, 5_000_000) / 100_000 * 100_000 },
                "--providers" => settings with { Providers = [.. Next().Split(',').Select(p => p.Equals("sqlite", StringComparison.OrdinalIgnoreCase) ? "Sqlite" : "Postgres")] },
                "--demo-rows" => settings with { DemoRows = Math.Clamp(int.Parse(Next(), CultureInfo.InvariantCulture), 0, 5_000_000) },
                "--keep" => settings with { Keep = true },
                "--repo" => settings with { Repository = Next() },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --rows N, --providers postgres,sqlite, --demo-rows N, --keep, --repo DIR."),
            };
        }
        return settings;
    }
}
