using System.Globalization;

namespace SelfCare.Billing.Payments;

/// <summary>Money as people read it: "$1,250.00" for USD, "1,250.00 EUR" otherwise.</summary>
internal static class PaymentMoney
{
    private static readonly CultureInfo UnitedStates = CultureInfo.GetCultureInfo("en-US");

    public static string Format(decimal amount, string currency) =>
        currency == "USD" ? amount.ToString("C2", UnitedStates) : $"{amount.ToString("N2", UnitedStates)} {currency}";

    /// <summary>Whether <paramref name="amount"/> has at most two decimals (cents).</summary>
    public static bool IsCents(decimal amount) => decimal.Round(amount, 2) == amount;
}
