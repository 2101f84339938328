using System.Globalization;

namespace SelfCare.Benchmarks.Tickets;

/// <summary>Options of the tickets suite: <c>-- tickets [--tickets 100000] [--load-seconds 8] [--create-seconds 10] [--keep] [--repo DIR]</c>.</summary>
internal sealed record TicketsSettings(int Tickets, int LoadSeconds, int CreateSeconds, bool Keep, string? Repository)
{
    public static TicketsSettings Parse(string[] args)
    {
        var settings = new TicketsSettings(100_000, 8, 10, false, null);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number(int min, int max) => Math.Clamp(int.Parse(Next(), CultureInfo.InvariantCulture), min, max);
            settings = args[i] switch
            {
                "--tickets" => settings with { Tickets = Number(1_000, 2_000_000) },
                "--load-seconds" => settings with { LoadSeconds = Number(2, 120) },
                "--create-seconds" => settings with { CreateSeconds = Number(2, 120) },
                "--keep" => settings with { Keep = true },
                "--repo" => settings with { Repository = Next() },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --tickets N, --load-seconds S, --create-seconds S, --keep, --repo DIR."),
            };
        }
        return settings;
    }
}
