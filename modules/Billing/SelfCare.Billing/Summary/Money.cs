using System.Globalization;

namespace SelfCare.Billing.Summary;

/// <summary>Amounts as the Summary boxes show them: the currency's symbol, thousands separators, two decimals, minus for credits.</summary>
public static class Money
{
    public const string DefaultCurrency = "USD";

    public static string Format(decimal amount, string? currency)
    {
        var text = Math.Abs(amount).ToString("N2", CultureInfo.InvariantCulture);
        var sign = amount < 0 ? "-" : "";
        return Symbol(currency) is { } symbol ? $"{sign}{symbol}{text}" : $"{sign}{text} {currency}";
    }

    /// <summary>A chart axis amount: whole units, thousands as "k" and millions as "M".</summary>
    public static string Compact(decimal amount, string? currency)
    {
        var symbol = Symbol(currency) ?? "";
        return amount switch
        {
            >= 1_000_000m => $"{symbol}{(amount / 1_000_000m).ToString("0.##", CultureInfo.InvariantCulture)}M",
            >= 1_000m => $"{symbol}{(amount / 1_000m).ToString("0.##", CultureInfo.InvariantCulture)}k",
            _ => $"{symbol}{amount.ToString("0.##", CultureInfo.InvariantCulture)}",
        };
    }

    private static string? Symbol(string? currency) => (string.IsNullOrEmpty(currency) ? DefaultCurrency : currency).ToUpperInvariant() switch
    {
        "USD" => "$",
        "CAD" => "CA$",
        "EUR" => "€",
        "GBP" => "£",
        _ => null,
    };
}
