using System.Globalization;

namespace SelfCare.Billing.Ledger;

/// <summary>Amounts as people read them: "$1,234.50", "-$12.00"; other currencies as "1,234.50 EUR". Rounded half away from zero.</summary>
internal static class MoneyFormat
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    public static string Format(decimal amount, string currency)
    {
        var rounded = decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
        return currency == "USD"
            ? (rounded < 0 ? "-$" : "$") + Math.Abs(rounded).ToString("#,##0.00", Us)
            : rounded.ToString("#,##0.00", Us) + " " + currency;
    }

    /// <summary>A unit price keeps up to 4 decimals ("$0.025" per minute); otherwise like <see cref="Format"/>.</summary>
    public static string UnitPrice(decimal amount, string currency)
    {
        var rounded = decimal.Round(amount, 4, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("#,##0.00##", Us);
        return currency == "USD" ? (rounded < 0 ? "-$" : "$") + text : (rounded < 0 ? "-" : "") + text + " " + currency;
    }
}
