using System.Globalization;

namespace SelfCare.Benchmarks.AccountDetails;

/// <summary>
/// Options of the account-details suite:
/// <c>-- account-details [--children 50] [--services 5000] [--orders 2000] [--load-seconds 8] [--exports 3] [--keep] [--repo DIR]</c>.
/// </summary>
internal sealed record AccountDetailsSettings(
    int Children, int Services, int Orders, int LoadSeconds, int Exports, bool Keep, string? Repository)
{
    public static AccountDetailsSettings Parse(string[] args)
    {
        var settings = new AccountDetailsSettings(50, 5000, 2000, 8, 3, false, null);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number(int min, int max) => Math.Clamp(int.Parse(Next(), CultureInfo.InvariantCulture), min, max);
            settings = args[i] switch
            {
                "--children" => settings with { Children = Number(2, 500) },
                "--services" => settings with { Services = Number(10, 100_000) },
                "--orders" => settings with { Orders = Number(0, 100_000) },
                "--load-seconds" => settings with { LoadSeconds = Number(2, 120) },
                "--exports" => settings with { Exports = Number(1, 20) },
                "--keep" => settings with { Keep = true },
                "--repo" => settings with { Repository = Next() },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --children N, --services N, --orders N, " +
                                                 "--load-seconds S, --exports N, --keep, --repo DIR."),
            };
        }
        return settings;
    }
}
