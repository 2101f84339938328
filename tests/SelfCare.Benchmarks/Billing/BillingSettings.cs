using System.Globalization;

namespace SelfCare.Benchmarks.Billing;

/// <summary>Options of the billing suite: <c>-- billing [--children 50] [--invoices 24] [--load-seconds 8] [--pdfs 10] [--keep] [--repo DIR]</c>.</summary>
internal sealed record BillingSettings(int Children, int Invoices, int LoadSeconds, int Pdfs, bool Keep, string? Repository)
{
    public static BillingSettings Parse(string[] args)
    {
        var settings = new BillingSettings(50, 24, 8, 10, false, null);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number(int min, int max) => Math.Clamp(int.Parse(Next(), CultureInfo.InvariantCulture), min, max);
            settings = args[i] switch
            {
                "--children" => settings with { Children = Number(2, 500) },
                "--invoices" => settings with { Invoices = Number(1, 120) },
                "--load-seconds" => settings with { LoadSeconds = Number(2, 120) },
                "--pdfs" => settings with { Pdfs = Number(1, 50) },
                "--keep" => settings with { Keep = true },
                "--repo" => settings with { Repository = Next() },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --children N, --invoices N, --load-seconds S, --pdfs N, --keep, --repo DIR."),
            };
        }
        return settings;
    }
}
