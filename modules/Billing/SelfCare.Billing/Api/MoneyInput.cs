using SelfCare.Platform.Api;

namespace SelfCare.Billing.Api;

/// <summary>Checks shared by the billing upserts: amounts in cents within a sane range, ISO currency codes.</summary>
internal static class MoneyInput
{
    public const decimal Max = 1_000_000_000m;
    public const string DefaultCurrency = "USD";

    public static ApiErrors Money(this ApiErrors errors, string field, string label, decimal? value, bool required, bool allowNegative, bool allowZero = true, int decimals = 2)
    {
        if (value is not { } v)
        {
            if (required)
                errors.Add(field, $"{label} is required.");
        }
        else if (Math.Abs(v) >= Max)
            errors.Add(field, $"{label} must be below 1000000000 in size.");
        else if (!allowNegative && v < 0)
            errors.Add(field, $"{label} cannot be negative.");
        else if (!allowZero && v == 0)
            errors.Add(field, $"{label} cannot be 0.");
        else if (decimal.Round(v, decimals) != v)
            errors.Add(field, decimals == 2 ? $"{label} has at most 2 decimals (cents)." : $"{label} has at most {decimals} decimals.");
        return errors;
    }

    public static ApiErrors Currency(this ApiErrors errors, string field, string? value)
    {
        if (value is { } c && (c.Length != 3 || !c.All(char.IsAsciiLetter)))
            errors.Add(field, "The currency is a three-letter ISO 4217 code such as USD.");
        return errors;
    }

    public static ApiErrors Required(this ApiErrors errors, string field, string label, DateOnly? value)
    {
        if (value is null)
            errors.Add(field, $"{label} is required (yyyy-MM-dd).");
        return errors;
    }

    public static string CurrencyOrDefault(string? value) => value?.ToUpperInvariant() ?? DefaultCurrency;

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
