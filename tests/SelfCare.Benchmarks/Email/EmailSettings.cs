using System.Globalization;

namespace SelfCare.Benchmarks.Email;

/// <summary>Options of the "email" suite.</summary>
internal sealed record EmailSettings(int Messages, double RenderSeconds, bool Keep, string? Repository)
{
    public static EmailSettings Parse(string[] args)
    {
        var settings = new EmailSettings(2000, 3, false, null);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            settings = args[i] switch
            {
                "--messages" => settings with { Messages = Math.Clamp(int.Parse(Next(), CultureInfo.InvariantCulture), 100, 100_000) },
                "--render-seconds" => settings with { RenderSeconds = Math.Clamp(double.Parse(Next(), CultureInfo.InvariantCulture), 0.5, 60) },
                "--keep" => settings with { Keep = true },
                "--repo" => settings with { Repository = Next() },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --messages N, --render-seconds S, --keep, --repo DIR."),
            };
        }
        return settings;
    }
}
