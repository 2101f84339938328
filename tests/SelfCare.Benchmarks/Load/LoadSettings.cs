using System.Globalization;

namespace SelfCare.Benchmarks.Load;

/// <summary>Options of the load suite: <c>-- load [--load-seconds 8] [--soak-minutes 10] [--cdr-rows 20000] [--keep] [--repo DIR]</c>.</summary>
internal sealed record LoadSettings(int LoadSeconds, double SoakMinutes, int CdrRows, bool Keep, string? Repository)
{
    public static LoadSettings Parse(string[] args)
    {
        var settings = new LoadSettings(8, 10, 20_000, false, null);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            settings = args[i] switch
            {
                "--load-seconds" => settings with { LoadSeconds = Math.Clamp(int.Parse(Next(), CultureInfo.InvariantCulture), 2, 120) },
                "--soak-minutes" => settings with { SoakMinutes = Math.Clamp(double.Parse(Next(), CultureInfo.InvariantCulture), 0.5, 240) },
                "--cdr-rows" => settings with { CdrRows = Math.Clamp(int.Parse(Next(), CultureInfo.InvariantCulture), 0, 1_000_000) },
                "--keep" => settings with { Keep = true },
                "--repo" => settings with { Repository = Next() },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --load-seconds S, --soak-minutes M, --cdr-rows N, --keep, --repo DIR."),
            };
        }
        return settings;
    }
}
