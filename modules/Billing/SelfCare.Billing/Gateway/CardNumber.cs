using SelfCare.Billing.Contracts.Gateway;

namespace SelfCare.Billing.Gateway;

/// <summary>Card number rules checked before anything reaches a gateway: digits only, 13 to 19 of them, Luhn, brand.</summary>
internal static class CardNumber
{
    /// <summary>The digits of a typed number (spaces and dashes dropped), or null when anything else was typed.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
            return null;
        var digits = new System.Text.StringBuilder(typed.Length);
        foreach (var c in typed)
        {
            if (char.IsAsciiDigit(c))
                digits.Append(c);
            else if (c is not (' ' or '-'))
                return null;
        }
        return digits.Length is >= 13 and <= 19 ? digits.ToString() : null;
    }

    /// <summary>The Luhn (mod 10) check: double every second digit from the right.</summary>
    public static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        if (digits.Length == 0)
            return false;
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var c = digits[digits.Length - 1 - i];
            if (!char.IsAsciiDigit(c))
                return false;
            var d = c - '0';
            if (i % 2 == 1)
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return sum % 10 == 0;
    }

    /// <summary>The brand from the issuer prefix (IIN ranges as published by the networks).</summary>
    public static CardBrand BrandOf(string digits)
    {
        int Prefix(int length) => digits.Length >= length ? int.Parse(digits.AsSpan(0, length)) : -1;
        return digits switch
        {
            _ when digits.StartsWith('4') => CardBrand.Visa,
            _ when Prefix(2) is >= 51 and <= 55 || Prefix(4) is >= 2221 and <= 2720 => CardBrand.Mastercard,
            _ when Prefix(2) is 34 or 37 => CardBrand.Amex,
            _ when digits.StartsWith("6011") || Prefix(2) == 65 || Prefix(3) is >= 644 and <= 649 => CardBrand.Discover,
            _ when Prefix(2) is 36 or 38 || Prefix(3) is >= 300 and <= 305 => CardBrand.DinersClub,
            _ when Prefix(4) is >= 3528 and <= 3589 => CardBrand.Jcb,
            _ when Prefix(2) == 62 => CardBrand.UnionPay,
            _ => CardBrand.Unknown,
        };
    }

    /// <summary>Whether the number's length fits its brand (American Express 15, Diners 14 to 19, Visa 13, 16 or 19...).</summary>
    public static bool LengthFits(CardBrand brand, int length) => brand switch
    {
        CardBrand.Visa => length is 13 or 16 or 19,
        CardBrand.Mastercard => length == 16,
        CardBrand.Amex => length == 15,
        CardBrand.Discover or CardBrand.Jcb or CardBrand.UnionPay => length is >= 16 and <= 19,
        CardBrand.DinersClub => length is >= 14 and <= 19,
        _ => length is >= 13 and <= 19,
    };

    /// <summary>A card is good through the last day of its expiry month.</summary>
    public static bool IsExpired(int month, int year, DateTimeOffset now) =>
        month is < 1 or > 12 || year < now.Year || (year == now.Year && month < now.Month);
}
